package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * A recording holds every attempt of a connection without credentials or personal data, and its
 * replay answers the same requests with the same (redacted) records and no network.
 */
class RecordingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RecordDecoder<JsonNode> TREE = parser -> JSON.readTree(parser);
  private static final Paging PAGING = new Paging("pageIndex", "pageSize", 100, 1000);
  private static final Endpoint DONATIONS =
      new Endpoint(List.of("/v2/api/listdonations", "/v1/api/listdonations"), Shape.PAGED, PAGING);
  private static final Endpoint BIDS =
      new Endpoint(List.of("/v3/api/auctionBids"), Shape.ARRAY, PAGING);

  private final FakeRallyUp fake = new FakeRallyUp();
  private final List<RallyUpClient> clients = new ArrayList<>();
  @TempDir Path dir;

  @AfterEach
  void close() {
    clients.forEach(RallyUpClient::close);
    fake.close();
  }

  private RallyUpClient client(ClientConfig config) {
    RallyUpClient client = new RallyUpClient(config.withRetry(RetryPolicy.none()));
    clients.add(client);
    return client;
  }

  private static List<JsonNode> drain(RecordCursor<JsonNode> cursor) {
    List<JsonNode> all = new ArrayList<>();
    try (cursor) {
      cursor.forEachRemaining(all::add);
    }
    return all;
  }

  private void serve() {
    fake.paged(
        "/v1/api/listdonations",
        FakeRallyUp.records(
            "[{\"TransactionId\": 3, \"DonorEmail\": \"ana@mail.org\", \"DonorLastName\": \"Quist\"},"
                + " {\"TransactionId\": 2, \"DonorEmail\": \"bo@mail.org\", \"DonorLastName\": \"Quist\"},"
                + " {\"TransactionId\": 1, \"DonorEmail\": \"ana@mail.org\", \"DonorLastName\": \"Ekdahl\"}]"));
    fake.body(
        "/v3/api/auctionBids",
        200,
        "[{\"id\": \"E_1\", \"Email\": \"bo@mail.org\", \"BidAmount\": 12.50}]");
  }

  private List<JsonNode> session(RallyUpClient client) {
    client.logIn();
    List<JsonNode> records =
        new ArrayList<>(drain(client.open(new ApiRequest(DONATIONS, Map.of(), Map.of(), 2), TREE)));
    records.addAll(drain(client.open(ApiRequest.of(BIDS), TREE)));
    return records;
  }

  private String recordingText() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void theRecordingHoldsEveryAttemptButNoCredentialOrPersonalValue() throws IOException {
    serve();
    session(client(fake.loginConfig().withTraffic(Traffic.recordTo(dir))));
    try (Stream<Path> files = Files.list(dir)) {
      // manifest, login, /v2 (not served), two pages at /v1, the bids
      assertThat(files.count()).isEqualTo(6);
    }
    String text = recordingText();
    assertThat(text)
        .contains(
            "/v2/api/listdonations?pageIndex=1&pageSize=2", "\"access_token\" : \"[removed]\"")
        .contains("person1@example.invalid", "Family1", "12.50", "No HTTP resource was found")
        .doesNotContain(FakeRallyUp.SECRET, FakeRallyUp.TOKEN, "Bearer", "grant_type")
        .doesNotContain("ana@mail.org", "bo@mail.org", "Quist", "Ekdahl");
  }

  @Test
  void theReplayAnswersTheSameRequestsWithTheRecordedRecordsAndNoNetwork() throws IOException {
    serve();
    List<JsonNode> live = session(client(fake.loginConfig().withTraffic(Traffic.recordTo(dir))));
    int sent = fake.requests().size();
    ClientConfig replay =
        new ClientConfig(
                Traffic.REPLAY_BASE_URL,
                new Credentials(Api.ORGANIZATION, Optional.of("any"), Secret.of("thing")),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                "rallyup-jdbc-test")
            .withTraffic(Traffic.replayFrom(dir));
    RallyUpClient replayed = client(replay);
    List<JsonNode> again = session(replayed);

    assertThat(fake.requests()).hasSize(sent);
    assertThat(again).hasSameSizeAs(live);
    assertThat(again).extracting(r -> r.path("TransactionId").asInt()).containsExactly(3, 2, 1, 0);
    assertThat(again.get(0).get("DonorEmail")).isEqualTo(again.get(2).get("DonorEmail"));
    assertThat(again.get(1).get("DonorEmail").asText())
        .isEqualTo(again.get(3).path("Email").asText());
    assertThat(again.get(3).get("BidAmount").decimalValue()).isEqualByComparingTo("12.50");
    assertThatThrownBy(
            () ->
                drain(
                    replayed.open(
                        ApiRequest.of(new Endpoint(List.of("/v3/api/teams"), Shape.ARRAY, PAGING)),
                        TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("holds no answer to GET /v3/api/teams");
  }

  @Test
  void aDirectoryThatIsNoRecordingCannotBeReplayed() {
    assertThatThrownBy(() -> Traffic.replayFrom(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a recording");
  }
}
