package org.rallyupjdbc.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.data.DataGenerator;
import org.rallyupjdbc.sandbox.model.Donation;

/**
 * The listdonations filters select the ledger's own record objects. The record writer caches each
 * record's JSON by identity, so a filter that built new records (or copies) would render them all
 * again on every request.
 */
class DonationSelectionTest {
  private static List<Donation> ledger;
  private static Map<Donation, Boolean> inLedger;

  @BeforeAll
  static void generate() {
    ledger = DataGenerator.generate(7, 1).donations().all();
    inLedger = new IdentityHashMap<>();
    ledger.forEach(d -> inLedger.put(d, true));
  }

  @Test
  void aDateRangeIsAViewOfTheLedgerInCreationOrder() {
    DayRange march =
        new DayRange(millis("2024-03-01T00:00:00Z"), millis("2024-04-01T00:00:00Z") - 1);
    List<Donation> selected = OrgRoutes.select(ledger, march, Optional.empty());
    assertThat(selected).isNotEmpty();
    assertThat(selected).allMatch(inLedger::containsKey);
    assertThat(selected).allMatch(d -> march.contains(d.createdAt()));
    long inMarch = ledger.stream().filter(d -> march.contains(d.createdAt())).count();
    assertThat(selected).hasSize((int) inMarch);
  }

  @Test
  void aCampaignSelectsTheSameObjects() {
    long campaign = ledger.get(ledger.size() / 2).campaign().id();
    List<Donation> selected = OrgRoutes.select(ledger, DayRange.ALL, Optional.of(campaign));
    assertThat(selected).isNotEmpty().allMatch(inLedger::containsKey);
    assertThat(selected).allMatch(d -> d.campaign().id() == campaign);
    assertThat(selected)
        .hasSize((int) ledger.stream().filter(d -> d.campaign().id() == campaign).count());
  }

  @Test
  void noFilterIsTheLedgerItself() {
    List<Donation> selected = OrgRoutes.select(ledger, DayRange.ALL, Optional.empty());
    assertThat(selected).hasSameSizeAs(ledger);
    assertThat(selected.get(0)).isSameAs(ledger.get(0));
    assertThat(selected.get(selected.size() - 1)).isSameAs(ledger.get(ledger.size() - 1));
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }
}
