package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * listdonations' startDate / endDate / campaignId filters, checked against the dump: every
 * expectation is computed from the rendered records (TransactionCreatedDate's first ten characters
 * are its UTC day), independently of the server's millisecond arithmetic.
 */
class DonationFiltersTest {
  private static final String LIST = "/v2/api/listdonations";
  private static TestClient client;

  /** The dump's donations, newest first (the served order). */
  private static List<Row> rows;

  /** One dumped donation: id, campaign, and its TransactionCreatedDate split at the space. */
  private record Row(long id, long campaignId, LocalDate day, String time) {
    static Row of(JsonNode donation) {
      String created = donation.get("TransactionCreatedDate").asText();
      return new Row(
          donation.get("TransactionId").asLong(),
          donation.get("CampaignId").asLong(),
          LocalDate.parse(created.substring(0, 10).replace('/', '-')),
          created.substring(11));
    }

    boolean within(LocalDate start, LocalDate end) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
  }

  @BeforeAll
  static void start() {
    client = TestClient.start();
    rows = rowsOf(client.dump().get(LIST));
    assertThat(rows).hasSize(20_000);
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void oneCampaignIsExactlyItsDonationsNewestFirst() {
    Map<Long, Long> perCampaign =
        rows.stream().collect(Collectors.groupingBy(Row::campaignId, Collectors.counting()));
    long busiest =
        perCampaign.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    long quietest =
        perCampaign.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (long campaign : List.of(busiest, quietest)) {
      List<Long> expected = expect(r -> r.campaignId() == campaign);
      assertThat(readAll(client, LIST, "campaignId=" + campaign, 1_000))
          .as("campaign %d", campaign)
          .isEqualTo(expected);
    }
    assertThat(perCampaign.get(busiest)).isGreaterThan(1_000);
  }

  @Test
  void monthRangeIsExactlyThatMonthsDonations() {
    LocalDate first = LocalDate.parse("2024-03-01");
    LocalDate last = LocalDate.parse("2024-03-31");
    List<Long> expected = expect(r -> r.within(first, last));
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(readAll(client, LIST, "startDate=2024-03-01&endDate=2024-03-31", 1_000))
        .isEqualTo(expected);
    assertThat(total("startDate=2024-03-01&endDate=2024-03-31")).isEqualTo(expected.size());
  }

  @Test
  void boundaryDaysAreInclusiveOnTheUtcCalendarDate() {
    // A donation late in its day and one early in its day: each bound keeps the whole day.
    Row late = rows.stream().filter(r -> r.time().compareTo("23:30:00") >= 0).findFirst().get();
    Row early = rows.stream().filter(r -> r.time().compareTo("00:30:00") < 0).findFirst().get();

    List<Long> endOnLateDay = readAll(client, LIST, "endDate=" + late.day(), 1_000_000);
    assertThat(endOnLateDay).contains(late.id());
    assertThat(endOnLateDay).isEqualTo(expect(r -> !r.day().isAfter(late.day())));
    assertThat(ids("startDate=" + late.day().plusDays(1))).doesNotContain(late.id());

    List<Long> startOnEarlyDay = readAll(client, LIST, "startDate=" + early.day(), 1_000_000);
    assertThat(startOnEarlyDay).contains(early.id());
    assertThat(startOnEarlyDay).isEqualTo(expect(r -> !r.day().isBefore(early.day())));
    assertThat(readAll(client, LIST, "endDate=" + early.day().minusDays(1), 1_000_000))
        .doesNotContain(early.id());

    // A one-day range: that day's donations, from its first second to its last.
    LocalDate day = late.day();
    List<Long> oneDay = readAll(client, LIST, "startDate=" + day + "&endDate=" + day, 1_000);
    assertThat(oneDay).contains(late.id()).isEqualTo(expect(r -> r.day().equals(day)));
  }

  @Test
  void everyDayOfAMonthAddsUpToTheMonth() {
    int sum = 0;
    for (LocalDate d = LocalDate.parse("2025-02-01"); d.getMonthValue() == 2; d = d.plusDays(1)) {
      sum += total("startDate=" + d + "&endDate=" + d);
    }
    assertThat(sum).isEqualTo(total("startDate=2025-02-01&endDate=2025-02-28")).isPositive();
  }

  @Test
  void campaignAndDatesCombine() {
    Map<Long, Long> per2024 =
        rows.stream()
            .filter(r -> r.day().getYear() == 2024)
            .collect(Collectors.groupingBy(Row::campaignId, Collectors.counting()));
    long campaign =
        per2024.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    LocalDate first = LocalDate.parse("2024-01-01");
    LocalDate last = LocalDate.parse("2024-12-31");
    List<Long> expected = expect(r -> r.campaignId() == campaign && r.within(first, last));
    assertThat(expected).isNotEmpty();
    assertThat(expected.size()).isLessThan(expect(r -> r.campaignId() == campaign).size());
    String query = "campaignId=" + campaign + "&startDate=2024-01-01&endDate=2024-12-31";
    assertThat(readAll(client, LIST, query, 1_000)).isEqualTo(expected);
    // Parameter order does not matter.
    assertThat(
            readAll(
                client,
                LIST,
                "endDate=2024-12-31&startDate=2024-01-01&campaignId=" + campaign,
                1_000))
        .isEqualTo(expected);
  }

  @Test
  void emptySelectionsAre204() {
    long campaign = rows.get(0).campaignId();
    for (String query :
        List.of(
            "startDate=2024-06-02&endDate=2024-06-01",
            "endDate=2022-12-31",
            "startDate=2026-01-01",
            "campaignId=1",
            "campaignId=-5",
            "campaignId=" + campaign + "&startDate=2099-01-01")) {
      HttpResponse<String> response = client.getOrg(LIST + "?" + query + "&pageIndex=3");
      assertThat(response.statusCode()).as(query).isEqualTo(204);
      assertThat(response.body()).isEmpty();
    }
  }

  @Test
  void pagingOverAFilteredListEndsExactlyAtTotalPages() {
    long campaign = rows.get(rows.size() / 2).campaignId();
    String filter = "campaignId=" + campaign + "&startDate=2023-06-01&endDate=2025-06-30";
    List<Long> expected =
        expect(
            r ->
                r.campaignId() == campaign
                    && r.within(LocalDate.parse("2023-06-01"), LocalDate.parse("2025-06-30")));
    int size = 7;
    assertThat(expected.size()).isGreaterThan(3 * size);
    int pages = (expected.size() + size - 1) / size;
    List<Long> seen = new ArrayList<>();
    for (int index = 1; index <= pages; index++) {
      JsonNode page = client.orgResult(LIST + "?" + filter + "&pageSize=7&pageIndex=" + index);
      assertThat(page.get("PageIndex").asInt()).isEqualTo(index);
      assertThat(page.get("PageSize").asInt()).isEqualTo(size);
      assertThat(page.get("TotalCount").asInt()).isEqualTo(expected.size());
      assertThat(page.get("TotalPages").asInt()).isEqualTo(pages);
      assertThat(page.get("HasPreviousPage").asBoolean()).isEqualTo(index > 1);
      assertThat(page.get("HasNextPage").asBoolean()).isEqualTo(index < pages);
      int count = index < pages ? size : expected.size() - size * (pages - 1);
      assertThat(page.get("Count").asInt()).isEqualTo(count);
      seen.addAll(PagingTest.ids(page, "TransactionId"));
    }
    assertThat(seen).isEqualTo(expected);
    JsonNode past = client.orgResult(LIST + "?" + filter + "&pageSize=7&pageIndex=" + (pages + 1));
    assertThat(past.get("Items")).isEmpty();
    assertThat(past.get("Count").asInt()).isZero();
    assertThat(past.get("TotalCount").asInt()).isEqualTo(expected.size());
    assertThat(past.get("HasNextPage").asBoolean()).isFalse();
  }

  @Test
  void malformedValuesAre400WithTheEnvelope() {
    Map<String, String> bad = new TreeMap<>();
    bad.put("campaignId=abc", "campaignId");
    bad.put("campaignId=1.5", "campaignId");
    bad.put("campaignId=", "campaignId");
    bad.put("campaignId=99999999999999999999", "campaignId");
    bad.put("startDate=2024-3-1", "startDate");
    bad.put("startDate=2024-02-30", "startDate");
    bad.put("startDate=2024-03-01T00:00:00", "startDate");
    bad.put("startDate=%2B999999999-12-31", "startDate");
    bad.put("startDate=03%2F01%2F2024", "startDate");
    bad.put("endDate=2024%2F03%2F31", "endDate");
    bad.put("endDate=", "endDate");
    bad.put("endDate=12345-01-01", "endDate");
    bad.put("startDate=2024-01-01&endDate=tomorrow", "endDate");
    bad.put("campaignId=7&startDate=2024-01-01&endDate=2024-13-01", "endDate");
    for (Map.Entry<String, String> entry : bad.entrySet()) {
      HttpResponse<String> response = client.getOrg(LIST + "?" + entry.getKey());
      assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
      JsonNode body = TestClient.parse(response.body());
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("Result", "Ok", "Error", "Metadata");
      assertThat(body.get("Result").isNull()).isTrue();
      assertThat(body.get("Ok").asBoolean()).isFalse();
      assertThat(body.get("Error").asText())
          .as(entry.getKey())
          .startsWith("The value '")
          .endsWith("' is not valid for " + entry.getValue() + ".");
    }
  }

  @Test
  void parameterNamesAreMatchedExactlyLikeEveryOtherSandboxParameter() {
    // The sandbox matches query parameter names case-sensitively on purpose (docs/sandbox.md), so
    // another spelling is an unknown parameter: ignored, not a filter and not a 400.
    long campaign = rows.get(0).campaignId();
    assertThat(total("campaignid=" + campaign)).isEqualTo(20_000);
    assertThat(total("CampaignId=abc&StartDate=x&enddate=y")).isEqualTo(20_000);
  }

  @Test
  void filteredRecordsAreByteIdenticalToTheUnfilteredOnes() {
    // The filters select records; the served text of each is the same (cached) rendering.
    String all = client.getOrg(LIST + "?pageSize=3").body();
    long newestCampaign = rows.get(0).campaignId();
    String filtered =
        client
            .getOrg(
                LIST
                    + "?pageSize=1&campaignId="
                    + newestCampaign
                    + "&startDate="
                    + rows.get(0).day())
            .body();
    // {"Result":{"Items":[<record>],"Count":1,...}
    String record =
        filtered.substring(filtered.indexOf("[{") + 1, filtered.lastIndexOf("],\"Count\":"));
    assertThat(all).contains(record);
    assertThat(TestClient.parse(record).get("TransactionId").asLong()).isEqualTo(rows.get(0).id());
  }

  @Test
  void v1PrefixFiltersToo() {
    try (TestClient v1 = TestClient.start(SandboxOptions.defaults().withOrgPrefix("v1"))) {
      long campaign = rows.get(123).campaignId();
      String query = "campaignId=" + campaign + "&startDate=2024-01-01&endDate=2025-03-31";
      List<Long> expected =
          expect(
              r ->
                  r.campaignId() == campaign
                      && r.within(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-03-31")));
      assertThat(readAll(v1, "/v1/api/listdonations", query, 1_000)).isEqualTo(expected);
      assertThat(v1.getOrg("/v1/api/listdonations?startDate=soon").statusCode()).isEqualTo(400);
      assertThat(v1.getOrg(LIST + "?" + query).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void ignoreListFiltersServesTheFullListAndChecksNothing() {
    try (TestClient ignoring =
        TestClient.start(SandboxOptions.defaults().withIgnoreListFilters(true))) {
      JsonNode unfiltered = ignoring.orgResult(LIST + "?pageSize=50&pageIndex=2");
      long campaign = rows.get(0).campaignId();
      for (String query :
          List.of(
              "campaignId=" + campaign + "&startDate=2024-03-01&endDate=2024-03-31",
              "startDate=2099-01-01",
              "campaignId=abc&startDate=yesterday&endDate=2024-13-45")) {
        JsonNode page = ignoring.orgResult(LIST + "?pageSize=50&pageIndex=2&" + query);
        assertThat(page).as(query).isEqualTo(unfiltered);
      }
      assertThat(unfiltered.get("TotalCount").asInt()).isEqualTo(20_000);
      assertThat(unfiltered.get("PageIndex").asInt()).isEqualTo(2);
      // Other endpoints' checks are unaffected.
      assertThat(ignoring.getOrg("/v2/api/campaign/abc").statusCode()).isEqualTo(400);
      assertThat(ignoring.getOrg(LIST + "?pageSize=0").statusCode()).isEqualTo(400);
      assertThat(
              ignoring.getPartner("/v1/partnerapi/organizations?startDate=yesterday").statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void driftArrivalsAppearWhenTheyMatchTheFilter() {
    try (TestClient drifting = TestClient.start(SandboxOptions.defaults().withDrift(true))) {
      // Request 1: five donations arrive, dated from 2025-10-01 on, all after the generated ones.
      String recent = "startDate=2025-10-01";
      JsonNode first = drifting.orgResult(LIST + "?" + recent + "&pageSize=1000");
      List<Row> afterFirst = rowsOf(drifting.dump().get(LIST));
      assertThat(afterFirst).hasSize(20_005);
      List<Long> arrivals = afterFirst.subList(0, 5).stream().map(Row::id).toList();
      assertThat(PagingTest.ids(first, "TransactionId")).containsSubsequence(arrivals);
      assertThat(PagingTest.ids(first, "TransactionId"))
          .isEqualTo(idsOf(afterFirst, r -> !r.day().isBefore(LocalDate.parse("2025-10-01"))));

      // Request 2, filtered on the campaign of the newest arrival: five more arrive first; the
      // answer is exactly that campaign's donations as they are after the arrival, old and new.
      long campaign = afterFirst.get(0).campaignId();
      List<Long> byCampaign = readAll(drifting, LIST, "campaignId=" + campaign, 1_000, 1);
      List<Row> afterSecond = rowsOf(drifting.dump().get(LIST));
      assertThat(afterSecond).hasSize(20_010);
      assertThat(byCampaign).contains(afterFirst.get(0).id());
      assertThat(byCampaign).isEqualTo(idsOf(afterSecond, r -> r.campaignId() == campaign));

      // A rejected request is checked before drift: nothing arrives.
      assertThat(drifting.getOrg(LIST + "?campaignId=x").statusCode()).isEqualTo(400);
      assertThat(rowsOf(drifting.dump().get(LIST))).hasSize(20_010);

      // Paging a filtered list under drift: TotalCount grows by the matching arrivals only.
      JsonNode before = drifting.orgResult(LIST + "?startDate=2024-01-01&endDate=2024-01-31");
      JsonNode after = drifting.orgResult(LIST + "?startDate=2024-01-01&endDate=2024-01-31");
      assertThat(after.get("TotalCount")).isEqualTo(before.get("TotalCount"));
      JsonNode growing = drifting.orgResult(LIST + "?" + recent + "&pageSize=1");
      assertThat(growing.get("TotalCount").asInt())
          .isEqualTo(first.get("TotalCount").asInt() + 4 * 5);
    }
  }

  /** The dump's ids (newest first) of the donations a predicate keeps. */
  private static List<Long> expect(Predicate<Row> keep) {
    return idsOf(rows, keep);
  }

  private static List<Long> idsOf(List<Row> from, Predicate<Row> keep) {
    return from.stream().filter(keep).map(Row::id).toList();
  }

  private static List<Row> rowsOf(JsonNode donations) {
    List<Row> out = new ArrayList<>(donations.size());
    donations.forEach(d -> out.add(Row.of(d)));
    assertThat(out).isSortedAccordingTo(Comparator.comparingLong(Row::id).reversed());
    return out;
  }

  private static int total(String query) {
    HttpResponse<String> response = client.getOrg(LIST + "?" + query);
    return response.statusCode() == 204
        ? 0
        : TestClient.json(response).get("Result").get("TotalCount").asInt();
  }

  private static List<Long> ids(String query) {
    return readAll(client, LIST, query, 1_000_000);
  }

  /** Every page of a filtered list, checking that TotalCount holds still (no drift). */
  private static List<Long> readAll(TestClient on, String path, String query, int pageSize) {
    return readAll(on, path, query, pageSize, Integer.MAX_VALUE);
  }

  /** Up to maxPages pages of a filtered list; 204 is the empty list. */
  private static List<Long> readAll(
      TestClient on, String path, String query, int pageSize, int maxPages) {
    List<Long> ids = new ArrayList<>();
    int total = -1;
    for (int index = 1; index <= maxPages; index++) {
      HttpResponse<String> response =
          on.getOrg(path + "?" + query + "&pageSize=" + pageSize + "&pageIndex=" + index);
      if (response.statusCode() == 204) {
        assertThat(index).isEqualTo(1);
        return ids;
      }
      JsonNode page = TestClient.json(response).get("Result");
      if (total >= 0) {
        assertThat(page.get("TotalCount").asInt()).isEqualTo(total);
      }
      total = page.get("TotalCount").asInt();
      ids.addAll(PagingTest.ids(page, "TransactionId"));
      if (!page.get("HasNextPage").asBoolean()) {
        break;
      }
    }
    return ids;
  }
}
