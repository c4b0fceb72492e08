package org.rallyupjdbc.bench.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rallyupjdbc.bench.Scenario;
import org.rallyupjdbc.bench.run.PagerRecords.Campaign;
import org.rallyupjdbc.bench.run.PagerRecords.Donation;
import org.rallyupjdbc.bench.run.PagerRecords.Item;

/**
 * Each scenario's answer in plain Java over the records a script fetched, as the SQL defines it.
 */
final class PagerQueries {
  private static final Comparator<String> NULLS_LAST =
      Comparator.nullsLast(Comparator.naturalOrder());

  private PagerQueries() {}

  /** The result rows of the scenario. */
  static List<?> answer(
      Scenario scenario, List<Donation> donations, List<Campaign> campaigns, long campaignId) {
    return switch (scenario) {
      case FULL_SCAN -> donations;
      case MONTH_SLICE ->
          donations.stream()
              .filter(d -> d.createdDate() != null && d.createdDate().startsWith("2025/06/"))
              .toList();
      case ONE_CAMPAIGN -> donations.stream().filter(d -> d.campaignId() == campaignId).toList();
      case TOP_DONORS -> topDonors(donations);
      case COUNT -> List.of(donations.size());
      case LIMIT -> donations.subList(0, Math.min(20, donations.size()));
      case JOIN_GROUP -> itemsByCampaign(donations, campaigns);
      case POINT_LOOKUP -> campaigns.stream().filter(c -> c.id() == campaignId).toList();
      case PARTNER_FAN_OUT ->
          throw new IllegalArgumentException("PartnerPager answers " + scenario);
    };
  }

  /** Donor and total, highest total first, ties by donor, ten at most. */
  static List<Map.Entry<String, BigDecimal>> topDonors(List<Donation> donations) {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (Donation donation : donations) {
      BigDecimal gross = donation.grossValue();
      totals.merge(donation.donorEmail(), gross == null ? BigDecimal.ZERO : gross, BigDecimal::add);
    }
    return totals.entrySet().stream()
        .sorted(
            Map.Entry.<String, BigDecimal>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(NULLS_LAST)))
        .limit(10)
        .toList();
  }

  /** Per campaign name: item lines, units and item total of the donations not refunded. */
  static List<ItemTotals> itemsByCampaign(List<Donation> donations, List<Campaign> campaigns) {
    Map<Long, String> names =
        campaigns.stream().collect(Collectors.toMap(Campaign::id, Campaign::name, (a, b) -> a));
    Map<String, ItemTotals> groups = new HashMap<>();
    for (Donation donation : donations) {
      if (!Boolean.FALSE.equals(donation.refunded()) || !names.containsKey(donation.campaignId())) {
        continue;
      }
      String name = names.get(donation.campaignId());
      for (Item item : Objects.requireNonNullElse(donation.items(), List.<Item>of())) {
        groups.computeIfAbsent(name, ItemTotals::new).add(item);
      }
    }
    List<ItemTotals> rows = new ArrayList<>(groups.values());
    rows.sort(
        Comparator.comparing(
                (Function<ItemTotals, BigDecimal>) t -> t.total,
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
            .reversed()
            .thenComparing(t -> t.name, NULLS_LAST));
    return rows;
  }

  /** One group of the join scenario. */
  static final class ItemTotals {
    final String name;
    long lines;
    Long units;
    BigDecimal total;

    ItemTotals(String name) {
      this.name = name;
    }

    void add(Item item) {
      lines++;
      if (item.quantity() != null) {
        units = units == null ? item.quantity() : units + item.quantity();
      }
      if (item.quantity() != null && item.price() != null) {
        BigDecimal line = item.price().multiply(BigDecimal.valueOf(item.quantity()));
        total = total == null ? line : total.add(line);
      }
    }
  }
}
