package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data looks like a real organization's: formats, skew, refunds, names, counts, scale. */
class RealismTest {
  private static final String SLASHED = "20(2[3-5])/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}";
  private static final String ISO = "20(2[3-5])-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
  private static final String DISPLAY =
      "\\d{1,2}/\\d{1,2}/20(2[3-5]) \\d{1,2}:\\d{2}(AM|PM) [PMCE]ST";

  private static TestClient client;
  private static List<JsonNode> donations = new ArrayList<>();

  @BeforeAll
  static void start() {
    client = TestClient.start();
    // A fifth of the donations, spread over the three years (the list is newest first).
    for (int page : new int[] {1, 6, 11, 16, 20}) {
      client
          .orgResult("/v2/api/listdonations?pageSize=1000&pageIndex=" + page)
          .get("Items")
          .forEach(donations::add);
    }
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void moneyIsFormattedAndAddsUp() {
    int thousands = 0;
    for (JsonNode d : donations) {
      String gross = d.get("TransactionGrossAmount").asText();
      assertThat(gross).matches("\\$\\d{1,3}(,\\d{3})*\\.\\d{2}");
      assertThat(d.get("TransactionNetAmount").asText()).matches("\\$\\d{1,3}(,\\d{3})*\\.\\d{2}");
      thousands += gross.contains(",") ? 1 : 0;
      String type = d.get("CampaignType").asText();
      JsonNode fee = d.get((type.equals("AThon") ? "Athon" : type) + "Fee");
      long net = IntegrityTest.currencyCents(d.get("TransactionNetAmount").asText());
      assertThat(IntegrityTest.currencyCents(gross) - IntegrityTest.cents(fee)).isEqualTo(net);
      assertThat(IntegrityTest.cents(d.get("NetDeductibleAmount"))).isEqualTo(net);
      d.get("Items").forEach(i -> IntegrityTest.cents(i.get("Price")));
    }
    assertThat(thousands).isPositive();
  }

  @Test
  void amountsAreSkewed() {
    List<Long> gross =
        donations.stream()
            .map(d -> IntegrityTest.currencyCents(d.get("TransactionGrossAmount").asText()))
            .sorted()
            .toList();
    double mean = gross.stream().mapToLong(Long::longValue).average().orElseThrow();
    long median = gross.get(gross.size() / 2);
    assertThat(mean).isGreaterThan(median * 1.3);
    assertThat(gross.stream().filter(g -> g < 10_000).count()).isGreaterThan(gross.size() / 2);
    assertThat(gross.stream().filter(g -> g >= 100_000).count()).isGreaterThan(5);
  }

  @Test
  void datesSpanThreeYearsInBothFormats() {
    Map<String, Long> perYear =
        donations.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.get("TransactionCreatedDate").asText().substring(0, 4),
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(perYear.keySet()).containsExactly("2023", "2024", "2025");
    donations.forEach(d -> assertThat(d.get("TransactionCreatedDate").asText()).matches(SLASHED));
    for (JsonNode record : TestClient.json(client.getOrg("/v3/api/auctionBids"))) {
      assertThat(record.get("Date").asText()).matches(ISO);
      assertThat(record.get("DateFormatted").asText()).matches(DISPLAY);
    }
  }

  @Test
  void refundsCarryAReasonAndADate() {
    List<JsonNode> refunded =
        donations.stream().filter(d -> d.get("IsRefunded").asBoolean()).toList();
    assertThat(refunded.size()).isBetween(50, 300);
    for (JsonNode d : refunded) {
      assertThat(d.get("RefundReason").asText()).isNotBlank();
      assertThat(d.get("RefundDate").asText()).matches(SLASHED);
      assertThat(d.get("RefundDate").asText())
          .isGreaterThanOrEqualTo(d.get("TransactionCreatedDate").asText());
      assertThat(d.get("Status").asText()).isEqualTo("Refunded");
    }
    donations.stream()
        .filter(d -> !d.get("IsRefunded").asBoolean())
        .forEach(d -> assertThat(d.get("RefundReason").isNull()).isTrue());
  }

  @Test
  void namesAndTextsAreNotJustAscii() {
    String all = donations.stream().map(JsonNode::toString).collect(Collectors.joining());
    assertThat(all).contains("José", "Zoë", "Łukasz", "山田", "O'Brien");
    assertThat(donations.stream().filter(d -> d.get("MailingAddress").isNull()).count())
        .isPositive();
    String items =
        client
            .partnerResult("/v1/partnerapi/campaignitems?campaignID=" + saleCampaign())
            .toString();
    assertThat(items).contains("<p>");
    assertThat(TestClient.json(client.getOrg("/v3/api/campaignUpdates")).toString())
        .contains("<p>", "&amp;");
  }

  @Test
  void everyCampaignTypeIsPresent() {
    Set<String> types =
        donations.stream().map(d -> d.get("CampaignType").asText()).collect(Collectors.toSet());
    assertThat(types)
        .containsExactlyInAnyOrder(
            "Raffle",
            "Sweepstakes",
            "Auction",
            "AThon",
            "Ticketing",
            "Crowdfunding",
            "Sale",
            "GeneralDonation");
  }

  @Test
  void scaleMultipliesRecordsNotOrganizations() {
    try (TestClient doubled = TestClient.start(SandboxOptions.defaults().withScale(2))) {
      assertThat(doubled.orgResult("/v2/api/listdonations").get("TotalCount").asInt())
          .isEqualTo(40_000);
      assertThat(doubled.orgResult("/v2/api/listcampaigns").get("TotalCount").asInt())
          .isEqualTo(128);
      assertThat(doubled.partnerResult("/v1/partnerapi/organizations").get("TotalCount").asInt())
          .isEqualTo(7);
      assertThat(TestClient.json(doubled.getOrg("/v3/api/teams")).size())
          .isGreaterThan(TestClient.json(client.getOrg("/v3/api/teams")).size());
    }
  }

  private static long saleCampaign() {
    return donations.stream()
        .filter(d -> d.get("CampaignType").asText().equals("Sale"))
        .findFirst()
        .orElseThrow()
        .get("CampaignId")
        .asLong();
  }
}
