package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.MutableClock;

/**
 * Retries against a fake RallyUp: which failures are retried and which are not, how long the waits
 * are (recorded by a fake sleeper, so nothing really sleeps), what the final error says, and that
 * every attempt goes through the token and the request log.
 */
class RetryInterceptorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/v2/api/listdonations";
  private static final Endpoint DONATIONS =
      new Endpoint(List.of(PATH), Shape.PAGED, new Paging("pageIndex", "pageSize", 100, 1000));
  private static final RecordDecoder<JsonNode> TREE = parser -> JSON.readTree(parser);
  private static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");
  private static final String UNAVAILABLE =
      "The service is temporarily unavailable. Please retry later.";

  private final FakeRallyUp fake = new FakeRallyUp();
  private final FakeSleeper sleeper = new FakeSleeper();
  private final List<RallyUpClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(RallyUpClient::close);
    fake.close();
  }

  private RallyUpClient client(RetryPolicy policy, DoubleSupplier jitter) {
    return client(Optional.of(FakeRallyUp.LOGIN), FakeRallyUp.SECRET, policy, jitter);
  }

  private RallyUpClient client(
      Optional<String> login, String secret, RetryPolicy policy, DoubleSupplier jitter) {
    ClientConfig config =
        new ClientConfig(
                HttpUrl.get(fake.baseUrl()),
                new Credentials(Api.ORGANIZATION, login, Secret.of(secret)),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                "rallyup-jdbc-test")
            .withRetry(policy);
    RallyUpClient client =
        new RallyUpClient(config, Clock.fixed(NOW, ZoneOffset.UTC), sleeper, jitter);
    clients.add(client);
    return client;
  }

  private RallyUpClient client() {
    return client(RetryPolicy.defaults(), () -> 0.5);
  }

  private static List<JsonNode> read(RallyUpClient client, int pageSize) {
    List<JsonNode> all = new ArrayList<>();
    try (RecordCursor<JsonNode> cursor =
        client.open(new ApiRequest(DONATIONS, Map.of(), Map.of(), pageSize), TREE)) {
      cursor.forEachRemaining(all::add);
    }
    return all;
  }

  private static List<Integer> ids(List<JsonNode> records) {
    return records.stream().map(r -> r.get("TransactionId").asInt()).toList();
  }

  /** Page {@code pageIndex} of donations 1..count, as RallyUp's paged envelope. */
  private static MockResponse page(RecordedRequest request, int count) {
    int index = Integer.parseInt(request.getUrl().queryParameter("pageIndex"));
    int size = Integer.parseInt(request.getUrl().queryParameter("pageSize"));
    int pages = (count + size - 1) / size;
    ArrayNode items = JSON.createArrayNode();
    IntStream.rangeClosed((index - 1) * size + 1, Math.min(count, index * size))
        .forEach(i -> items.add(JSON.createObjectNode().put("TransactionId", i)));
    ObjectNode result = JSON.createObjectNode();
    result.set("Items", items);
    result.put("PageIndex", index);
    result.put("TotalPages", pages);
    result.put("HasNextPage", index < pages);
    return FakeRallyUp.json(200, FakeRallyUp.envelope(result));
  }

  private static MockResponse failure(int status, String error) {
    return FakeRallyUp.json(status, FakeRallyUp.error(error));
  }

  /** Answers the first {@code failures} calls with {@code failing}, then pages of 1..count. */
  private void failFirst(int failures, MockResponse failing, int count) {
    AtomicInteger calls = new AtomicInteger();
    fake.route(
        PATH, request -> calls.getAndIncrement() < failures ? failing : page(request, count));
  }

  private static String pageLine(int index, int size) {
    return "GET " + PATH + "?pageIndex=" + index + "&pageSize=" + size;
  }

  @Test
  void aServiceUnavailableThenOkGivesEveryRowInTwoRequests() {
    failFirst(1, failure(503, UNAVAILABLE), 3);
    assertThat(ids(read(client(), 10))).containsExactly(1, 2, 3);
    assertThat(fake.apiRequests()).containsExactly(pageLine(1, 10), pageLine(1, 10));
    assertThat(sleeper.waits).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void eachTransientStatusIsRetried(int status) {
    failFirst(2, failure(status, "Something passing"), 3);
    assertThat(ids(read(client(), 10))).containsExactly(1, 2, 3);
    assertThat(fake.apiRequests()).hasSize(3);
    // two retry waits; after two 429s the credential's rate limiter also paces the third attempt
    assertThat(sleeper.waits).hasSize(status == 429 ? 3 : 2);
  }

  @Test
  void aFailedLaterPageIsRetriedSoNoRowIsLost() {
    AtomicInteger pageTwoCalls = new AtomicInteger();
    fake.route(
        PATH,
        request ->
            "2".equals(request.getUrl().queryParameter("pageIndex"))
                    && pageTwoCalls.getAndIncrement() < 2
                ? failure(500, "An error has occurred.")
                : page(request, 5));
    assertThat(ids(read(client(), 2))).containsExactly(1, 2, 3, 4, 5);
    assertThat(fake.apiRequests())
        .containsExactlyInAnyOrder(
            pageLine(1, 2), pageLine(2, 2), pageLine(2, 2), pageLine(2, 2), pageLine(3, 2));
  }

  @Test
  void retryAfterInSecondsIsWaitedExactly() {
    MockResponse limited =
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json; charset=utf-8")
            .addHeader("Retry-After", "2")
            .body(FakeRallyUp.error("API rate limit exceeded. Retry after 2 second(s).").toString())
            .build();
    failFirst(1, limited, 3);
    assertThat(ids(read(client(), 10))).containsExactly(1, 2, 3);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedUntilThatTime() {
    String in5Seconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atOffset(ZoneOffset.UTC));
    MockResponse unavailable =
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", in5Seconds)
            .body(FakeRallyUp.error(UNAVAILABLE).toString())
            .build();
    failFirst(1, unavailable, 1);
    assertThat(ids(read(client(), 10))).containsExactly(1);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void aRetryAfterLongerThanTheBudgetFailsAtOnceSayingSo() {
    MockResponse limited =
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "120")
            .body(FakeRallyUp.error("API rate limit exceeded.").toString())
            .build();
    failFirst(1, limited, 1);
    assertThatThrownBy(() -> read(client(), 10))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            pageLine(1, 10)
                + " answered HTTP 429: API rate limit exceeded. (gave up: Retry-After asks for 120"
                + " s, more than the 60 s left of the retry budget)")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.RATE_LIMITED);
    assertThat(fake.apiRequests()).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void theBudgetCountsTheWaitsAlreadyMade() {
    AtomicInteger calls = new AtomicInteger();
    fake.route(
        PATH,
        request ->
            new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", calls.getAndIncrement() == 0 ? "45" : "20")
                .body(FakeRallyUp.error(UNAVAILABLE).toString())
                .build());
    assertThatThrownBy(() -> read(client(), 10))
        .hasMessage(
            pageLine(1, 10)
                + " answered HTTP 503 after 1 retry: "
                + UNAVAILABLE
                + " (gave up: Retry-After asks for 20 s, more than the 15 s left of the retry"
                + " budget)");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(45));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 405})
  void otherClientErrorsAreNotRetried(int status) {
    fake.route(PATH, request -> failure(status, "No."));
    assertThatThrownBy(() -> read(client(), 10))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(pageLine(1, 10) + " answered HTTP " + status + (status == 404 ? "" : ": No."))
        .extracting(e -> ((RallyUpApiException) e).httpStatus())
        .isEqualTo(status);
    assertThat(fake.apiRequests()).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void aRejectedReadyTokenIsNotRetried() {
    fake.route(PATH, request -> page(request, 1));
    RallyUpClient client =
        client(Optional.empty(), "wrong-token", RetryPolicy.defaults(), () -> 0.5);
    assertThatThrownBy(() -> read(client, 10))
        .hasMessageStartingWith(pageLine(1, 10) + " answered HTTP 401: ");
    assertThat(fake.requests()).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void exhaustedRetriesFailWithTheStatusAndTheRetryCount() {
    fake.route(PATH, request -> failure(503, UNAVAILABLE));
    assertThatThrownBy(() -> read(client(), 10))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(pageLine(1, 10) + " answered HTTP 503 after 4 retries: " + UNAVAILABLE)
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.SERVER_ERROR);
    assertThat(fake.apiRequests()).hasSize(5);
    assertThat(sleeper.waits).hasSize(4);
  }

  @Test
  void zeroMaxRetriesDisablesRetrying() {
    failFirst(1, failure(503, UNAVAILABLE), 3);
    assertThatThrownBy(() -> read(client(RetryPolicy.none(), () -> 0.5), 10))
        .hasMessage(pageLine(1, 10) + " answered HTTP 503: " + UNAVAILABLE);
    assertThat(fake.apiRequests()).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void aConnectionDroppedBeforeTheResponseIsRetried() {
    MockResponse dropped =
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
    failFirst(1, dropped, 3);
    // a ready token: no login, so the first request opens a fresh connection, and OkHttp itself
    // does not retry on it (it silently retries a request that failed on a pooled connection)
    RallyUpClient client =
        client(Optional.empty(), FakeRallyUp.TOKEN, RetryPolicy.defaults(), () -> 0.5);
    assertThat(ids(read(client, 10))).containsExactly(1, 2, 3);
    assertThat(fake.apiRequests()).containsExactly(pageLine(1, 10), pageLine(1, 10));
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void connectionsDroppedEveryTimeFailAsTransportErrorAfterTheRetries() {
    fake.route(
        PATH,
        request ->
            new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
    assertThatThrownBy(() -> read(client(RetryPolicy.defaults().withMaxRetries(2), () -> 0.5), 10))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageStartingWith(pageLine(1, 10) + " failed after 2 retries: IOException: ")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.TRANSPORT);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void aRefusedConnectionIsRetriedThenATransportError() {
    RallyUpClient client =
        client(Optional.empty(), FakeRallyUp.TOKEN, RetryPolicy.defaults(), () -> 0.5);
    fake.close();
    assertThatThrownBy(() -> read(client, 10))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageStartingWith(pageLine(1, 10) + " failed after 4 retries: ConnectException: ")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.TRANSPORT);
    assertThat(sleeper.waits).hasSize(4);
  }

  @Test
  void waitsGrowExponentiallyUpToTheCap() {
    fake.route(PATH, request -> failure(502, "Bad Gateway"));
    RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(7);
    assertThatThrownBy(() -> read(client(policy, () -> 1.0), 10))
        .hasMessageContaining("answered HTTP 502 after 7 retries: Bad Gateway");
    assertThat(sleeper.waits)
        .containsExactly(
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8));
  }

  @Test
  void waitsAreJitteredBetweenZeroAndTheirBound() {
    fake.route(PATH, request -> failure(500, "An error has occurred."));
    Random random = new Random(42);
    RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(20).withBudget(Duration.ofHours(1));
    assertThatThrownBy(() -> read(client(policy, random::nextDouble), 10))
        .hasMessageContaining("after 20 retries");
    List<Duration> waits = sleeper.waits;
    assertThat(waits).hasSize(20);
    for (int i = 0; i < waits.size(); i++) {
      Duration bound = Duration.ofMillis(250L << Math.min(i, 5));
      assertThat(waits.get(i)).as("wait %d", i).isBetween(Duration.ZERO, bound);
    }
    assertThat(waits.subList(5, 20)).as("capped waits differ").doesNotHaveDuplicates();
    assertThat(waits.subList(5, 20))
        .as("jitter spreads capped waits over [0, 8 s]")
        .anyMatch(w -> w.compareTo(Duration.ofSeconds(2)) < 0)
        .anyMatch(w -> w.compareTo(Duration.ofSeconds(6)) > 0);
  }

  @Test
  void shrunkDelaysOfTheConfigAreUsed() {
    fake.route(PATH, request -> failure(503, UNAVAILABLE));
    RetryPolicy policy =
        RetryPolicy.defaults().withDelays(Duration.ofMillis(10), Duration.ofMillis(30));
    assertThatThrownBy(() -> read(client(policy, () -> 1.0), 10)).hasMessageContaining("after 4");
    assertThat(sleeper.waits)
        .containsExactly(
            Duration.ofMillis(10),
            Duration.ofMillis(20),
            Duration.ofMillis(30),
            Duration.ofMillis(30));
  }

  @Test
  void everyAttemptCarriesAValidTokenAfterARenewal() {
    AtomicInteger calls = new AtomicInteger();
    fake.route(
        PATH,
        request ->
            switch (calls.getAndIncrement()) {
              case 0 -> failure(401, "Authorization has been denied for this request.");
              case 1 -> failure(503, UNAVAILABLE);
              default -> page(request, 2);
            });
    assertThat(ids(read(client(), 10))).containsExactly(1, 2);
    assertThat(fake.requests())
        .containsExactly(
            "POST /v1/token", pageLine(1, 10), "POST /v1/token", pageLine(1, 10), pageLine(1, 10));
  }

  @Test
  void aRetryAfterTheTokenFellDueLogsInAgainFirst() {
    failFirst(1, failure(503, UNAVAILABLE), 2);
    MutableClock clock = new MutableClock(NOW);
    RetryInterceptor.Sleeper weekLong =
        new RetryInterceptor.Sleeper() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(long nanos, BooleanSupplier cancelled) {
            clock.advance(Duration.ofDays(8));
          }
        };
    RallyUpClient client = new RallyUpClient(fake.loginConfig(), clock, weekLong, () -> 0.5);
    clients.add(client);
    assertThat(ids(read(client, 10))).containsExactly(1, 2);
    assertThat(fake.requests())
        .as("the retried request is sent with a token renewed after the wait")
        .containsExactly("POST /v1/token", pageLine(1, 10), "POST /v1/token", pageLine(1, 10));
  }

  @Test
  void theTokenLoginIsRetriedOnTransientFailures() {
    AtomicInteger logins = new AtomicInteger();
    MockResponse unavailable = failure(503, UNAVAILABLE);
    fake.route("/v1/token", request -> logins.getAndIncrement() == 0 ? unavailable : token());
    fake.route(PATH, request -> page(request, 1));
    RallyUpClient client = client();
    client.logIn();
    assertThat(ids(read(client, 10))).containsExactly(1);
    assertThat(fake.requests())
        .containsExactly("POST /v1/token", "POST /v1/token", pageLine(1, 10));
  }

  @Test
  void aRejectedLoginIsNotRetried() {
    RallyUpClient client =
        client(Optional.of(FakeRallyUp.LOGIN), "wrong-secret", RetryPolicy.defaults(), () -> 0.5);
    assertThatThrownBy(client::logIn)
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageContaining("answered 400");
    assertThat(fake.requests()).containsExactly("POST /v1/token");
  }

  @Test
  void theRequestLogShowsEveryAttempt() {
    failFirst(1, failure(503, UNAVAILABLE), 1);
    Logger logger = Logger.getLogger(RallyUpClient.class.getName());
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level before = logger.getLevel();
    // DEBUG: one line per attempt (trace adds a summary line per request, with its size)
    logger.setLevel(Level.FINE);
    logger.addHandler(capture);
    try {
      read(client(), 10);
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(before);
    }
    assertThat(lines)
        .filteredOn(line -> line.startsWith("GET " + PATH))
        .hasSize(3)
        .satisfiesExactly(
            first -> assertThat(first).contains("-> 503"),
            retry -> assertThat(retry).contains("failed with HTTP 503; retry 1 of 4 in 125 ms"),
            second -> assertThat(second).contains("-> 200"));
  }

  @Test
  void aCallDeadlineShorterThanRetryAfterStopsAtOnce() throws IOException {
    fake.route(
        PATH,
        request ->
            new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "30")
                .body(FakeRallyUp.error(UNAVAILABLE).toString())
                .build());
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                RetryInterceptor.forReads(
                    RetryPolicy.defaults(), Clock.systemUTC(), sleeper, () -> 0.5))
            .build();
    try {
      Call call = http.newCall(bearerGet());
      call.timeout().deadline(5, TimeUnit.SECONDS);
      try (Response response = call.execute()) {
        assertThat(response.code()).isEqualTo(503);
      }
      assertThat(RetryInterceptor.attempts(call).gaveUp())
          .matches(
              " \\(gave up: Retry-After asks for 30 s, more than the [45]\\.\\d s left of the"
                  + " call's deadline\\)");
      assertThat(sleeper.waits).isEmpty();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void aCallCancelledWhileWaitingIsNotRetried() {
    fake.route(PATH, request -> failure(503, UNAVAILABLE));
    AtomicReference<Call> current = new AtomicReference<>();
    AtomicInteger sleeps = new AtomicInteger();
    RetryInterceptor.Sleeper cancelling =
        new RetryInterceptor.Sleeper() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(long nanos, BooleanSupplier cancelled) {
            sleeps.incrementAndGet();
            current.get().cancel();
          }
        };
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                RetryInterceptor.forReads(
                    RetryPolicy.defaults(), Clock.systemUTC(), cancelling, () -> 0.5))
            .build();
    try {
      Call call = http.newCall(bearerGet());
      current.set(call);
      assertThatThrownBy(call::execute).isInstanceOf(IOException.class).hasMessage("Canceled");
      assertThat(fake.apiRequests()).hasSize(1);
      assertThat(sleeps).as("no second wait after the cancel").hasValue(1);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    assertThat(RetryInterceptor.retryAfter("2", NOW)).contains(Duration.ofSeconds(2));
    assertThat(RetryInterceptor.retryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    assertThat(RetryInterceptor.retryAfter("Wed, 01 Oct 2025 12:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
    assertThat(RetryInterceptor.retryAfter("Wed, 01 Oct 2025 11:00:00 GMT", NOW))
        .as("a date in the past")
        .contains(Duration.ZERO);
    assertThat(RetryInterceptor.retryAfter("99999999999999999999", NOW))
        .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(3650)));
    assertThat(RetryInterceptor.retryAfter("soon", NOW)).isEmpty();
    assertThat(RetryInterceptor.retryAfter("-5", NOW)).isEmpty();
    assertThat(RetryInterceptor.retryAfter(null, NOW)).isEmpty();
  }

  @Test
  void onlyTransportFailuresThatMayPassAreTransient() {
    assertThat(RetryInterceptor.isTransient(new ConnectException("refused"))).isTrue();
    assertThat(RetryInterceptor.isTransient(new IOException("unexpected end of stream"))).isTrue();
    assertThat(RetryInterceptor.isTransient(new SocketTimeoutException("read timed out"))).isTrue();
    assertThat(RetryInterceptor.isTransient(new InterruptedIOException("timeout"))).isFalse();
    assertThat(RetryInterceptor.isTransient(new ProtocolException("bad status line"))).isFalse();
  }

  private Request bearerGet() {
    return new Request.Builder()
        .url(fake.baseUrl() + PATH + "?pageIndex=1&pageSize=10")
        .header("Authorization", "Bearer " + FakeRallyUp.TOKEN)
        .build();
  }

  private static MockResponse token() {
    ObjectNode token = JSON.createObjectNode();
    token.put("access_token", FakeRallyUp.TOKEN);
    token.put("token_type", "bearer");
    token.put("expires_in", 604799);
    return FakeRallyUp.json(200, token);
  }

  /** Records each wait and advances its own clock by it, instead of sleeping. */
  private static final class FakeSleeper implements RetryInterceptor.Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    private long now = System.nanoTime();

    @Override
    public synchronized long nanoTime() {
      return now;
    }

    @Override
    public synchronized void sleep(long nanos, BooleanSupplier cancelled) {
      waits.add(Duration.ofNanos(nanos));
      now += nanos;
    }
  }
}
