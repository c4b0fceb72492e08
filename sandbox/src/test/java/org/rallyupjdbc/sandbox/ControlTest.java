package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The /_sandbox/ control endpoints: statistics, reset and the dump. */
class ControlTest {
  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.start();
    client.orgToken();
    client.partnerToken();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @BeforeEach
  void reset() {
    HttpResponse<String> reset = client.send("POST", "/_sandbox/stats/reset", null, "");
    assertThat(reset.statusCode()).isEqualTo(204);
  }

  @Test
  void statsCountApiRequestsButNotControlRequests() {
    client.getOrg("/v2/api/listdonations?pageSize=3&pageIndex=2");
    client.getOrg("/v2/api/listdonations");
    client.getOrg("/v3/api/teams");
    client.get("/v2/api/version", null);
    client.get("/_sandbox/dump/nothing", null);
    JsonNode stats = TestClient.json(client.get("/_sandbox/stats", null));
    assertThat(Shapes.fieldNames(stats)).containsExactly("total", "byPath", "byStatus", "recent");
    assertThat(stats.get("total").asInt()).isEqualTo(4);
    assertThat(stats.get("byPath").get("/v2/api/listdonations").asInt()).isEqualTo(2);
    assertThat(stats.get("byPath").get("/v3/api/teams").asInt()).isEqualTo(1);
    assertThat(stats.get("byPath").has("/_sandbox/stats")).isFalse();
    assertThat(stats.get("byStatus").get("200").asInt()).isEqualTo(3);
    assertThat(stats.get("byStatus").get("401").asInt()).isEqualTo(1);
    JsonNode first = stats.get("recent").get(0);
    assertThat(Shapes.fieldNames(first)).containsExactly("method", "path", "query", "status", "ms");
    assertThat(first.get("method").asText()).isEqualTo("GET");
    assertThat(first.get("path").asText()).isEqualTo("/v2/api/listdonations");
    assertThat(first.get("query").asText()).isEqualTo("pageSize=3&pageIndex=2");
    assertThat(first.get("status").asInt()).isEqualTo(200);
    assertThat(first.get("ms").isNumber()).isTrue();
    assertThat(stats.get("recent").get(1).get("query").isNull()).isTrue();
    assertThat(stats.get("recent").get(3).get("status").asInt()).isEqualTo(401);
  }

  @Test
  void resetClearsEverything() {
    client.getOrg("/v3/api/teams");
    client.send("POST", "/_sandbox/stats/reset", null, "");
    JsonNode stats = TestClient.json(client.get("/_sandbox/stats", null));
    assertThat(stats.get("total").asInt()).isZero();
    assertThat(stats.get("byPath").size()).isZero();
    assertThat(stats.get("byStatus").size()).isZero();
    assertThat(stats.get("recent").size()).isZero();
  }

  @Test
  void recentKeepsTheLastThousandOldestFirst() {
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        calls.add(CompletableFuture.supplyAsync(() -> client.get("/nowhere/early", null), callers));
      }
      calls.forEach(CompletableFuture::join);
    } finally {
      callers.shutdownNow();
    }
    for (int i = 0; i < 5; i++) {
      client.get("/nowhere/" + i, null);
    }
    JsonNode stats = TestClient.json(client.get("/_sandbox/stats", null));
    assertThat(stats.get("total").asInt()).isEqualTo(1_005);
    JsonNode recent = stats.get("recent");
    assertThat(recent.size()).isEqualTo(1_000);
    for (int i = 0; i < 995; i++) {
      assertThat(recent.get(i).get("path").asText()).isEqualTo("/nowhere/early");
    }
    for (int i = 0; i < 5; i++) {
      assertThat(recent.get(995 + i).get("path").asText()).isEqualTo("/nowhere/" + i);
    }
    assertThat(recent.get(999).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void controlEndpointsCheckTheMethod() {
    assertThat(client.send("POST", "/_sandbox/stats", null, "").statusCode()).isEqualTo(405);
    assertThat(client.get("/_sandbox/stats/reset", null).statusCode()).isEqualTo(405);
    assertThat(client.get("/_sandbox/credentials", null).statusCode()).isEqualTo(404);
  }

  @Test
  void dumpCoversEveryListEndpointWithTheServedRecords() throws IOException, InterruptedException {
    JsonNode teams = TestClient.json(client.getOrg("/v3/api/teams"));
    JsonNode campaigns = client.orgResult("/v2/api/listcampaigns?pageSize=1000").get("Items");
    String firstId = campaigns.get(0).get("Id").asText();
    JsonNode partnerCampaign = client.partnerResult("/v1/partnerapi/campaigns/" + firstId);
    List<String> kept =
        List.of("/v3/api/teams", "/v2/api/listcampaigns", "/v1/partnerapi/campaigns");
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, JsonNode> records = new LinkedHashMap<>();
    readDump(kept, counts, records);
    JsonNode orgs = client.partnerResult("/v1/partnerapi/organizations").get("Items");
    List<String> expected =
        new ArrayList<>(
            List.of(
                "/v2/api/listcampaigns",
                "/v2/api/listdonations",
                "/v3/api/transactionItems",
                "/v3/api/auctionBids",
                "/v3/api/recurringDonations",
                "/v3/api/liveStreamStatus",
                "/v3/api/campaignUpdates",
                "/v3/api/raffleWinners",
                "/v3/api/sweepstakesWinners",
                "/v3/api/auctionWinners",
                "/v3/api/activityResults",
                "/v3/api/participants",
                "/v3/api/teams",
                "/v3/api/contactOrganizerMessages",
                "/v1/partnerapi/organizations",
                "/v1/partnerapi/campaigns",
                "/v1/partnerapi/campaignitems"));
    orgs.forEach(
        org ->
            expected.add("/v1/partnerapi/listorgusers?OrganizationID=" + org.get("Id").asText()));
    expected.add("/v2/api/finduser/{user_email}");
    assertThat(counts.keySet()).containsExactlyElementsOf(expected);
    assertThat(counts.get("/v2/api/listcampaigns")).isEqualTo(64);
    assertThat(counts.get("/v2/api/listdonations")).isEqualTo(20_000);
    // five with campaigns and users, two without
    assertThat(counts.get("/v1/partnerapi/organizations")).isEqualTo(7);
    for (String key : expected.subList(2, 14)) {
      assertThat(counts.get(key)).as(key).isEqualTo(TestClient.json(client.getOrg(key)).size());
    }
    for (JsonNode org : orgs) {
      String key = "/v1/partnerapi/listorgusers?OrganizationID=" + org.get("Id").asText();
      // an organization without users answers 204, and the dump holds no records for it
      int served =
          client.getPartner(key).statusCode() == 204
              ? 0
              : client.partnerResult(key).get("TotalCount").asInt();
      assertThat(counts.get(key)).as(key).isEqualTo(served);
    }
    assertThat(records.get("/v3/api/teams")).isEqualTo(teams);
    assertThat(records.get("/v2/api/listcampaigns")).isEqualTo(campaigns);
    assertThat(records.get("/v1/partnerapi/campaigns")).contains(partnerCampaign);
    JsonNode stats = TestClient.json(client.get("/_sandbox/stats", null));
    assertThat(stats.get("byPath").has("/_sandbox/dump")).isFalse();
  }

  /** Streams the dump: counts every key's records, keeps the records of the given keys. */
  private static void readDump(
      List<String> keep, Map<String, Integer> counts, Map<String, JsonNode> records)
      throws IOException, InterruptedException {
    try (InputStream body = dumpStream();
        JsonParser parser = TestClient.MAPPER.createParser(body)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        if (keep.contains(key)) {
          JsonNode array = TestClient.MAPPER.readTree(parser);
          records.put(key, array);
          counts.put(key, array.size());
          continue;
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          parser.skipChildren();
          count++;
        }
        counts.put(key, count);
      }
    }
  }

  private static InputStream dumpStream() throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        client.http.send(
            HttpRequest.newBuilder(client.uri("/_sandbox/dump")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
