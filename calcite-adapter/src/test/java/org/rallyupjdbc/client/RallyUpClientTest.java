package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;

/** The client against a fake RallyUp: paging, shapes, logins, and every failure's message. */
class RallyUpClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Paging PAGING = new Paging("pageIndex", "pageSize", 100, 1000);
  private static final Endpoint DONATIONS =
      new Endpoint(List.of("/v2/api/listdonations", "/v1/api/listdonations"), Shape.PAGED, PAGING);
  private static final RecordDecoder<JsonNode> TREE = parser -> JSON.readTree(parser);

  private final FakeRallyUp fake = new FakeRallyUp();
  private final List<RallyUpClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(RallyUpClient::close);
    fake.close();
  }

  private RallyUpClient client(Optional<String> login, String secret) {
    RallyUpClient client =
        new RallyUpClient(
            new ClientConfig(
                    HttpUrl.get(fake.baseUrl()),
                    new Credentials(Api.ORGANIZATION, login, Secret.of(secret)),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(5),
                    "rallyup-jdbc-test")
                // retrying is RetryInterceptorTest's subject; here every failure shows at once
                .withRetry(RetryPolicy.none()));
    clients.add(client);
    return client;
  }

  private RallyUpClient client() {
    return client(Optional.of(FakeRallyUp.LOGIN), FakeRallyUp.SECRET);
  }

  private static List<JsonNode> donations(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> (JsonNode) JSON.createObjectNode().put("TransactionId", i))
        .toList();
  }

  private static List<JsonNode> drain(RecordCursor<JsonNode> cursor) {
    List<JsonNode> all = new ArrayList<>();
    try (cursor) {
      cursor.forEachRemaining(all::add);
    }
    return all;
  }

  private static ApiRequest paged(int pageSize) {
    return new ApiRequest(DONATIONS, Map.of(), Map.of(), pageSize);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 6, 7, 8, 100})
  void pagesThroughEveryRecordAndStopsAtTheLastPage(int pageSize) {
    fake.paged("/v2/api/listdonations", donations(7));
    List<JsonNode> records = drain(client().open(paged(pageSize), TREE));
    assertThat(records)
        .extracting(r -> r.get("TransactionId").asInt())
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    int pages = (7 + pageSize - 1) / pageSize;
    // pages after the first are fetched concurrently, so they may arrive in any order
    assertThat(fake.apiRequests())
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, pages)
                .mapToObj(p -> "GET /v2/api/listdonations?pageIndex=" + p + "&pageSize=" + pageSize)
                .toList());
  }

  @Test
  void requestsLaterPagesOnlyOnceTheFirstIsConsumed() {
    fake.paged("/v2/api/listdonations", donations(5));
    try (RecordCursor<JsonNode> cursor = client().open(paged(2), TREE)) {
      cursor.next();
      cursor.next();
      assertThat(fake.apiRequests()).hasSize(1);
      cursor.forEachRemaining(record -> {});
    }
    assertThat(fake.apiRequests()).hasSize(3);
  }

  @Test
  void aRecordLimitStopsPagingAtThePagesHoldingIt() {
    fake.paged("/v2/api/listdonations", donations(9));
    ApiRequest firstFive = new ApiRequest(DONATIONS, Map.of(), Map.of(), 2, 5);
    List<JsonNode> records = drain(client().open(firstFive, TREE));
    assertThat(records).hasSize(6);
    assertThat(fake.apiRequests())
        .containsExactlyInAnyOrder(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=2",
            "GET /v2/api/listdonations?pageIndex=2&pageSize=2",
            "GET /v2/api/listdonations?pageIndex=3&pageSize=2");
  }

  @Test
  void noContentIsAnEmptyTable() {
    fake.paged("/v2/api/listdonations", List.of());
    assertThat(drain(client().open(paged(100), TREE))).isEmpty();
  }

  @Test
  void anApiThatIgnoresThePageParameterIsAnErrorNotALoop() {
    fake.route(
        "/v2/api/listdonations",
        request ->
            FakeRallyUp.json(
                200,
                FakeRallyUp.envelope(
                    FakeRallyUp.parse(
                        "{\"Items\":[{\"TransactionId\":1}],\"PageIndex\":1,\"TotalPages\":3,"
                            + "\"HasNextPage\":true}"))));
    assertThatThrownBy(() -> drain(client().open(paged(1), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "GET /v2/api/listdonations?pageIndex=2&pageSize=1 answered page 1 instead of page 2; the"
                + " API seems to ignore the paging parameter 'pageIndex' (set the catalog's"
                + " paging.indexParam to the name RallyUp expects)");
  }

  @Test
  void aRepeatedPageWithoutPageIndexIsAnError() {
    fake.route(
        "/v2/api/listdonations",
        request ->
            FakeRallyUp.json(
                200,
                FakeRallyUp.envelope(
                    FakeRallyUp.parse(
                        "{\"Items\":[{\"TransactionId\":1}],\"HasNextPage\":true}"))));
    assertThatThrownBy(() -> drain(client().open(paged(1), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("answered exactly the same body as the page before it");
    assertThat(fake.apiRequests()).hasSize(2);
  }

  @Test
  void pagesThatDecodeToEqualValuesAreNotMistakenForARepeatedPage() {
    fake.paged("/v2/api/listdonations", donations(4));
    RecordDecoder<String> sameForAll =
        parser -> {
          parser.skipChildren();
          return "no columns projected";
        };
    try (RecordCursor<String> cursor = client().open(paged(1), sameForAll)) {
      List<String> all = new ArrayList<>();
      cursor.forEachRemaining(all::add);
      assertThat(all).hasSize(4);
    }
  }

  @Test
  void fallsBackToTheNextPathAndRemembersIt() {
    fake.paged("/v1/api/listdonations", donations(1));
    RallyUpClient client = client();
    drain(client.open(paged(10), TREE));
    drain(client.open(paged(10), TREE));
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10",
            "GET /v1/api/listdonations?pageIndex=1&pageSize=10",
            "GET /v1/api/listdonations?pageIndex=1&pageSize=10");
  }

  @Test
  void noAnsweringPathNamesThePathsTried() {
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "RallyUp serves none of the paths tried for this table (each answered HTTP 404):"
                + " /v2/api/listdonations, /v1/api/listdonations");
  }

  @Test
  void streamsBareArraysAndTreatsNoContentAsEmpty() {
    Endpoint bids = new Endpoint(List.of("/v3/api/auctionBids"), Shape.ARRAY, PAGING);
    fake.array("/v3/api/auctionBids", FakeRallyUp.records("[{\"id\":\"E_1\"},{\"id\":\"E_2\"}]"));
    assertThat(drain(client().open(ApiRequest.of(bids), TREE)))
        .extracting(r -> r.get("id").asText())
        .containsExactly("E_1", "E_2");
    fake.array("/v3/api/auctionBids", List.of());
    assertThat(drain(client().open(ApiRequest.of(bids), TREE))).isEmpty();
  }

  @Test
  void aSingleRecordEndpointAnswersOneRecordOrNoneFor404InTheEnvelope() {
    Endpoint user = new Endpoint(List.of("/v2/api/finduser/{email}"), Shape.OBJECT, PAGING);
    fake.single("/v2/api/finduser/a@b.org", FakeRallyUp.parse("{\"UserId\":5}"));
    fake.route(
        "/v2/api/finduser/nobody@b.org",
        r -> FakeRallyUp.json(404, FakeRallyUp.error("User not found")));
    ApiRequest found = new ApiRequest(user, Map.of("email", "a@b.org"), Map.of(), 1);
    ApiRequest missing = new ApiRequest(user, Map.of("email", "nobody@b.org"), Map.of(), 1);
    assertThat(drain(client().open(found, TREE)))
        .extracting(r -> r.get("UserId").asInt())
        .containsExactly(5);
    assertThat(drain(client().open(missing, TREE))).isEmpty();
  }

  @Test
  void pathValuesAreEncodedAsOneSegment() {
    Endpoint user = new Endpoint(List.of("/v2/api/finduser/{email}"), Shape.OBJECT, PAGING);
    ApiRequest hostile = new ApiRequest(user, Map.of("email", "../../x?y=1"), Map.of(), 1);
    assertThatThrownBy(() -> drain(client().open(hostile, TREE)))
        .isInstanceOf(RallyUpApiException.class);
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/finduser/..%2F..%2Fx%3Fy=1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", ""})
  void pathValuesThatCannotBeOneSegmentAreRefused(String email) {
    Endpoint user = new Endpoint(List.of("/v2/api/finduser/{email}"), Shape.OBJECT, PAGING);
    assertThatThrownBy(() -> new ApiRequest(user, Map.of("email", email), Map.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path parameter {email} cannot be '" + email + "': it would not be a segment");
  }

  @Test
  void queryValuesAreEncodedAsOneParameter() {
    fake.paged("/v2/api/listdonations", donations(1));
    ApiRequest hostile =
        new ApiRequest(DONATIONS, Map.of(), Map.of("campaignId", "1&pageIndex=9#x"), 10);
    assertThat(drain(client().open(hostile, TREE))).hasSize(1);
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v2/api/listdonations?campaignId=1%26pageIndex%3D9%23x&pageIndex=1&pageSize=10");
  }

  @Test
  void logsInOnceAndSendsTheBearerToken() {
    fake.paged("/v2/api/listdonations", donations(3));
    RallyUpClient client = client();
    drain(client.open(paged(1), TREE));
    assertThat(fake.requests())
        .filteredOn(r -> r.startsWith("POST"))
        .containsExactly("POST /v1/token");
    assertThat(fake.apiRequests()).hasSize(3);
  }

  @Test
  void aReadyTokenIsSentWithoutLoggingIn() {
    fake.paged("/v2/api/listdonations", donations(1));
    drain(client(Optional.empty(), FakeRallyUp.TOKEN).open(paged(10), TREE));
    assertThat(fake.requests())
        .containsExactly("GET /v2/api/listdonations?pageIndex=1&pageSize=10");
  }

  @Test
  void aRejectedTokenIsRenewedOnceAndTheRequestRetried() {
    fake.paged("/v2/api/listdonations", donations(1));
    int[] calls = {0};
    fake.route(
        "/v2/api/listdonations",
        request ->
            calls[0]++ == 0
                ? FakeRallyUp.json(
                    401, FakeRallyUp.error("Authorization has been denied for this request."))
                : FakeRallyUp.json(
                    200,
                    FakeRallyUp.envelope(
                        FakeRallyUp.parse(
                            "{\"Items\":[{\"TransactionId\":1}],\"HasNextPage\":false}"))));
    assertThat(drain(client().open(paged(10), TREE))).hasSize(1);
    assertThat(fake.requests())
        .containsExactly(
            "POST /v1/token",
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10",
            "POST /v1/token",
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10");
  }

  @Test
  void aBadLoginFailsWithTheApiReason() {
    assertThatThrownBy(() -> client(Optional.of(FakeRallyUp.LOGIN), "wrong-secret-123").logIn())
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "RallyUp login failed: POST /v1/token answered 400: The user name or password is incorrect.")
        .hasMessageNotContaining("wrong-secret-123")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.AUTHENTICATION);
  }

  @Test
  void aWrongReadyTokenIsAnAuthenticationErrorWithoutTheToken() {
    fake.paged("/v2/api/listdonations", donations(1));
    assertThatThrownBy(() -> drain(client(Optional.empty(), "bad-token-456").open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10 answered HTTP 401: Authorization has"
                + " been denied for this request.")
        .hasMessageNotContaining("bad-token-456")
        .extracting(e -> ((RallyUpApiException) e).httpStatus())
        .isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 500, 503})
  void errorStatusesCarryStatusKindAndApiErrorText(int status) {
    fake.route(
        "/v2/api/listdonations",
        r -> FakeRallyUp.json(status, FakeRallyUp.error("Something broke")));
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10 answered HTTP "
                + status
                + ": Something broke")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.kindOf(status));
  }

  @Test
  void okFalseIsAnErrorEvenWith200() {
    fake.route(
        "/v2/api/listdonations",
        r -> FakeRallyUp.json(200, FakeRallyUp.error("Invalid organization")));
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10 answered Ok=false: Invalid organization");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Result\":{\"Items\":[{\"TransactionId\":1}",
        "<html><body>Service Unavailable</body></html>",
        "{\"Result\":{\"Count\":0}}",
        "{\"Result\":{\"Items\":{}}}",
        "[1,2,3]",
        "{\"Result\":{\"Items\":[]}} trailing"
      })
  void malformedBodiesAreClearErrors(String body) {
    fake.body("/v2/api/listdonations", 200, body);
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageStartingWith(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10 answered HTTP 200 with a body that is"
                + " not the JSON RallyUp documents (content type application/json; charset=utf-8): ")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
  }

  @Test
  void hostileBodiesAreBounded() {
    String deep = "[".repeat(100) + "]".repeat(100);
    fake.body(
        "/v2/api/listdonations",
        200,
        "{\"Result\":{\"Items\":[{\"TransactionId\":1,\"Causes\":" + deep + "}]}}");
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("nesting depth");
    fake.body(
        "/v2/api/listdonations",
        200,
        "{\"Result\":{\"Items\":[{\"Comment\":\"" + "x".repeat(4_000_001) + "\"}]}}");
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("String value length");
    String record = "{\"Comment\":\"" + "y".repeat(1_000_000) + "\"},";
    fake.body(
        "/v2/api/listdonations", 200, "{\"Result\":{\"Items\":[" + record.repeat(70) + "{}]}}");
    assertThatThrownBy(() -> drain(client().open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("the body is larger than 64 MiB; lower pageSize")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
  }

  @Test
  void anUnreachableServerIsATransportError() {
    RallyUpClient client = client(Optional.empty(), "t");
    fake.close();
    assertThatThrownBy(() -> drain(client.open(paged(10), TREE)))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageStartingWith(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=10 failed: ConnectException")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.TRANSPORT);
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(client(Optional.of("demo"), "s3cr3t-value").toString())
        .doesNotContain("s3cr3t-value")
        .contains("****");
  }
}
