package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.oracle.DifferentialTest.Query;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Exact results from a sandbox that fails a fifth of its requests (500 or 503) and from one that
 * rate-limits hard (429 with Retry-After), with retries on; and an error, never a wrong answer,
 * with retries off. The 20 pages of donations are checked against the sandbox's dump (every id
 * exactly once under failures, the count under the rate limit); a bounded subset of the
 * differential corpus, queries over the shorter lists, is checked against H2 holding the same
 * records (the sandboxes share the default seed, so their data is the same). The subset keeps the
 * test quick: every retry here really waits its jittered backoff or its Retry-After.
 */
class FaultToleranceTest {
  private static final String STATIC_TOKEN = "fault-tolerance-static-token";
  private static final String DONATIONS_PATH = "/v2/api/listdonations";

  private static Sandbox failing;
  private static Sandbox limited;
  private static H2Oracle oracle;
  private static long donationCount;
  private static final List<Long> donationIds = new ArrayList<>();
  private static Connection failingDriver;
  private static Connection limitedDriver;
  private static final List<Connection> connections = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    failing =
        Sandbox.start(SandboxOptions.defaults().withFailRate(0.2).withStaticToken(STATIC_TOKEN));
    limited =
        Sandbox.start(SandboxOptions.defaults().withRateLimit(5).withStaticToken(STATIC_TOKEN));
    JsonNode dump = new SandboxHttp(failing).dump();
    donationCount = dump.get(DONATIONS_PATH).size();
    dump.get(DONATIONS_PATH).forEach(d -> donationIds.add(d.get("TransactionId").asLong()));
    Map<String, List<JsonNode>> records = OracleRecords.byTable(dump);
    // the corpus subset reads neither; donations are checked against the dump directly
    records.remove("donations");
    records.remove("transaction_items");
    oracle = H2Oracle.load(records);
    failingDriver = retrying(failing, SandboxHttp.login(Api.ORGANIZATION));
    limitedDriver = retrying(limited, staticToken());
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      for (Connection connection : connections) {
        connection.close();
      }
      if (oracle != null) {
        oracle.close();
      }
    } finally {
      for (Sandbox sandbox : new Sandbox[] {failing, limited}) {
        if (sandbox != null) {
          sandbox.close();
        }
      }
    }
  }

  /**
   * A connection that retries up to 8 times: with a login (the failing sandbox, where the login is
   * retried too) or the static token (the limited one, which limits per token, so that {@link
   * #exhaustRateLimit} can empty the same allowance).
   */
  private static Connection retrying(Sandbox sandbox, Properties credentials) throws SQLException {
    credentials.setProperty("maxRetries", "8");
    return open(sandbox, credentials);
  }

  /** A connection with the static token, so that connecting sends nothing that could fail. */
  private static Connection notRetrying(Sandbox sandbox) throws SQLException {
    Properties token = staticToken();
    token.setProperty("maxRetries", "0");
    return open(sandbox, token);
  }

  private static Properties staticToken() {
    Properties token = new Properties();
    token.setProperty("password", STATIC_TOKEN);
    return token;
  }

  private static Connection open(Sandbox sandbox, Properties properties) throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=1000;cacheTtlSeconds=0",
            properties);
    connections.add(connection);
    return connection;
  }

  /**
   * Every other query over the short lists, leaving out cross joins, which read their inner table
   * again for every outer row.
   */
  static Stream<Named<Query>> failingCorpus() {
    List<Query> light = lightQueries().toList();
    return IntStream.range(0, light.size())
        .filter(i -> i % 2 == 0)
        .mapToObj(light::get)
        .filter(q -> !q.sql().toUpperCase(Locale.ROOT).contains("CROSS JOIN"))
        .map(q -> Named.of(q.label(), q));
  }

  static Stream<Named<Query>> limitedCorpus() {
    return lightQueries().limit(3).map(q -> Named.of(q.label(), q));
  }

  /**
   * The corpus queries that read neither donations (20 pages, checked against the dump instead) nor
   * transaction items (13,000 records: converting them is slow, whatever the faults).
   */
  private static Stream<Query> lightQueries() {
    return DifferentialTest.readCorpus().stream()
        .filter(
            q -> {
              String sql = q.sql().toLowerCase(Locale.ROOT);
              return !sql.contains("donations") && !sql.contains("transaction_items");
            });
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("failingCorpus")
  void withFailuresTheDriverStillAnswersLikeH2(Query query) throws Exception {
    assertAnswersLikeH2(failingDriver, query);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("limitedCorpus")
  void underARateLimitTheDriverStillAnswersLikeH2(Query query) throws Exception {
    assertAnswersLikeH2(limitedDriver, query);
  }

  @Test
  void everyDonationIsReadExactlyOnceThoughRequestsFail() throws Exception {
    int seen = requestCount(failing);
    boolean failed = false;
    // one run of 20 pages almost always meets a failure; more runs keep the test from being vacuous
    for (int run = 0; run < 3 && !failed; run++) {
      assertThat(transactionIds(failingDriver))
          .as("run %d", run)
          .containsExactlyInAnyOrderElementsOf(donationIds);
      failed = statusesSince(failing, seen).stream().anyMatch(status -> status >= 500);
    }
    assertThat(failed).as("the sandbox failed some requests while the driver read").isTrue();
    assertThat(statusesSince(failing, seen))
        .filteredOn(status -> status >= 500)
        .containsOnly(500, 503);
  }

  @Test
  void everyDonationIsCountedThoughTheRateLimitAnswers429() throws Exception {
    boolean limitedOnce = false;
    // with the allowance used up, the first page is answered 429 unless this machine is so slow
    // that 200 ms pass before it is requested; another run then tries again
    for (int run = 0; run < 3 && !limitedOnce; run++) {
      exhaustRateLimit();
      int seen = requestCount(limited);
      assertThat(count(limitedDriver)).as("run %d", run).isEqualTo(donationCount);
      limitedOnce = statusesSince(limited, seen).contains(429);
    }
    assertThat(limitedOnce).as("the sandbox answered 429 while the driver counted").isTrue();
  }

  /** Sends requests with the static token until the sandbox answers 429. */
  private static void exhaustRateLimit() throws Exception {
    SandboxHttp http = new SandboxHttp(limited);
    int status = 200;
    for (int i = 0; i < 50 && status != 429; i++) {
      status = http.get("/v2/api/version", STATIC_TOKEN).statusCode();
    }
    assertThat(status).as("the rate limit answers 429").isEqualTo(429);
  }

  private static List<Long> transactionIds(Connection driver) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = driver.createStatement();
        ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  @Test
  void withoutRetriesAFailedPageFailsTheQueryNeverMissesRows() throws Exception {
    assertFailsOrCountsExactly(notRetrying(failing), "answered HTTP 50[03]: ");
  }

  @Test
  void withoutRetriesARateLimitedPageFailsTheQuery() throws Exception {
    exhaustRateLimit();
    assertFailsOrCountsExactly(notRetrying(limited), "answered HTTP 429: API rate limit exceeded");
  }

  /**
   * Runs the count until it fails (20 pages, each failing a fifth of the time or rate-limited:
   * almost always the first run); every run that does not fail must count every donation.
   */
  private static void assertFailsOrCountsExactly(Connection connection, String error) {
    SQLException failure = null;
    for (int run = 0; run < 5 && failure == null; run++) {
      try {
        assertThat(count(connection)).as("run %d", run).isEqualTo(donationCount);
      } catch (SQLException e) {
        failure = e;
      }
    }
    assertThat((Throwable) failure).as("the count failed").isNotNull();
    assertThat(failure.getMessage())
        .containsPattern(error)
        .doesNotContainPattern("after \\d+ retr");
  }

  private static void assertAnswersLikeH2(Connection driver, Query query) throws SQLException {
    Result expected = Results.read(oracle.connection(), query.sql());
    Results.read(driver, query.sql()).assertSameAs(expected, query.ordered(), query.sql());
  }

  /**
   * The number of distinct donations read: every page is read (COUNT(*) would be one TotalCount),
   * and a page read twice would not add to it.
   */
  private static long count(Connection connection) throws SQLException {
    return Long.parseLong(
        Results.read(connection, "SELECT COUNT(DISTINCT transaction_id) FROM donations")
            .rows()
            .get(0));
  }

  /** How many API requests the sandbox has answered. */
  private static int requestCount(Sandbox sandbox) throws Exception {
    return SandboxHttp.json(new SandboxHttp(sandbox).get("/_sandbox/stats", null))
        .get("total")
        .asInt();
  }

  /** The statuses of the API requests answered after the first {@code seen}. */
  private static List<Integer> statusesSince(Sandbox sandbox, int seen) throws Exception {
    JsonNode stats = SandboxHttp.json(new SandboxHttp(sandbox).get("/_sandbox/stats", null));
    int total = stats.get("total").asInt();
    JsonNode recent = stats.get("recent");
    assertThat(total - seen).as("requests since").isBetween(1, recent.size());
    List<Integer> statuses = new ArrayList<>();
    for (int i = recent.size() - (total - seen); i < recent.size(); i++) {
      statuses.add(recent.get(i).get("status").asInt());
    }
    return statuses;
  }
}
