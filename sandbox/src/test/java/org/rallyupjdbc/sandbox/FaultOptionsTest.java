package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The effect of each fault and path option on the raw HTTP responses. */
class FaultOptionsTest {

  @Test
  void latencyDelaysApiRequestsButNotControlRequests() {
    try (TestClient client =
        TestClient.start(SandboxOptions.defaults().withLatencyMs(200).withStaticToken("t"))) {
      for (int i = 0; i < 4; i++) {
        long started = System.nanoTime();
        assertThat(client.get("/v3/api/teams", "t").statusCode()).isEqualTo(200);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(ms).isBetween(159L, 2_000L);
      }
      long started = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        assertThat(client.get("/_sandbox/stats", null).statusCode()).isEqualTo(200);
      }
      // Delayed, five control requests would take at least 5 x 160 ms.
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(800);
      JsonNode recent = TestClient.json(client.get("/_sandbox/stats", null)).get("recent");
      recent.forEach(r -> assertThat(r.get("ms").asDouble()).isGreaterThanOrEqualTo(159));
    }
  }

  @Test
  void failRateProducesSeeded500sAnd503s() {
    try (TestClient client =
        TestClient.start(SandboxOptions.defaults().withFailRate(0.3).withStaticToken("t"))) {
      int failures = 0;
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        HttpResponse<String> response = client.get("/v2/api/version", "t");
        statuses.add(response.statusCode());
        if (response.statusCode() != 200) {
          failures++;
          JsonNode body = TestClient.parse(response.body());
          assertThat(body.get("Ok").asBoolean()).isFalse();
          assertThat(body.get("Result").isNull()).isTrue();
          assertThat(body.get("Error").asText()).isNotBlank();
        }
      }
      assertThat(statuses).containsOnly(200, 500, 503).contains(500, 503);
      assertThat(failures).isBetween(60, 120);
    }
  }

  @Test
  void rateLimitAnswers429WithRetryAfterPerToken() throws InterruptedException {
    try (TestClient client =
        TestClient.start(SandboxOptions.defaults().withRateLimit(2).withStaticToken("t"))) {
      String token = client.orgToken();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        responses.add(client.get("/v3/api/teams", token));
      }
      assertThat(responses.subList(0, 2)).allMatch(r -> r.statusCode() == 200);
      HttpResponse<String> limited =
          responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
      assertThat(responses.stream().filter(r -> r.statusCode() == 429).count())
          .isGreaterThanOrEqualTo(5);
      long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter).isBetween(1L, 2L);
      assertThat(TestClient.parse(limited.body()).get("Error").asText()).contains("rate limit");
      assertThat(client.get("/v3/api/teams", "t").statusCode()).isEqualTo(200);
      Thread.sleep(retryAfter * 1_000 + 100);
      assertThat(client.get("/v3/api/teams", token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void driftShiftsPagesWhileAClientPages() {
    try (TestClient client = TestClient.start(SandboxOptions.defaults().withDrift(true))) {
      JsonNode first = client.orgResult("/v2/api/listdonations?pageSize=10&pageIndex=1");
      JsonNode second = client.orgResult("/v2/api/listdonations?pageSize=10&pageIndex=2");
      assertThat(first.get("TotalCount").asInt()).isEqualTo(20_005);
      assertThat(second.get("TotalCount").asInt()).isEqualTo(20_010);
      List<Long> firstIds = PagingTest.ids(first, "TransactionId");
      List<Long> secondIds = PagingTest.ids(second, "TransactionId");
      assertThat(secondIds.subList(0, 5)).isEqualTo(firstIds.subList(5, 10));
      JsonNode newest = client.orgResult("/v2/api/listdonations?pageSize=1");
      assertThat(newest.get("Items").get(0).get("TransactionId").asLong())
          .isGreaterThan(firstIds.get(0));
      assertThat(newest.get("Items").get(0).get("TransactionCreatedDate").asText())
          .startsWith("2025/");
    }
  }

  @Test
  void ignorePagingAndAlternativePaths() {
    SandboxOptions options =
        SandboxOptions.defaults().withIgnorePaging(true).withOrgPrefix("v1").withJenticPaths(true);
    try (TestClient client = TestClient.start(options)) {
      JsonNode first = client.orgResult("/v1/api/listdonations");
      JsonNode third = client.orgResult("/v1/api/listdonations?pageIndex=3&pageSize=7");
      assertThat(third).isEqualTo(first);
      assertThat(third.get("PageIndex").asInt()).isEqualTo(1);
      assertThat(third.get("PageSize").asInt()).isEqualTo(100);
      assertThat(client.getOrg("/v2/api/listdonations").statusCode()).isEqualTo(404);
      assertThat(client.getOrg("/v1/api/version").statusCode()).isEqualTo(200);
      assertThat(client.getOrg("/v1/api/sweepstakesWinners").statusCode()).isEqualTo(200);
      assertThat(client.getOrg("/v2/api/auctionWinners").statusCode()).isEqualTo(200);
      assertThat(client.getOrg("/v3/api/sweepstakesWinners").statusCode()).isEqualTo(404);
      assertThat(client.getOrg("/v3/api/auctionWinners").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void pagingParameterNamesAreConfigurable() {
    SandboxOptions options =
        SandboxOptions.defaults().withPageIndexParam("page").withPageSizeParam("per_page");
    try (TestClient client = TestClient.start(options)) {
      JsonNode page = client.orgResult("/v2/api/listcampaigns?page=2&per_page=5");
      assertThat(page.get("PageIndex").asInt()).isEqualTo(2);
      assertThat(page.get("PageSize").asInt()).isEqualTo(5);
      JsonNode ignored = client.orgResult("/v2/api/listcampaigns?pageIndex=2&pageSize=5");
      assertThat(ignored.get("PageIndex").asInt()).isEqualTo(1);
      assertThat(ignored.get("PageSize").asInt()).isEqualTo(100);
    }
  }
}
