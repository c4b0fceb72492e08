package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * {@code Statement.setQueryTimeout} holds while pages arrive slowly, while one request hangs, and
 * when the API asks for a wait longer than the time left.
 */
class QueryTimeoutTest {
  private static Connection connect(Sandbox sandbox, String extra) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + extra, SandboxHttp.login(Api.ORGANIZATION));
  }

  private static SQLTimeoutException timeout(Connection connection, int seconds, String sql)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(seconds);
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          rows.getObject(1);
        }
      }
    } catch (SQLTimeoutException e) {
      return e;
    }
    throw new AssertionError("no timeout for " + sql);
  }

  @Test
  void slowPagesStopAtTheTimeout() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(150));
        Connection connection = connect(sandbox, ";pageSize=10;maxRequestsPerQuery=0")) {
      long start = System.nanoTime();
      SQLTimeoutException e = timeout(connection, 1, "select transaction_id from donations");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.getSQLState()).isEqualTo("HYT00");
      assertThat(e.getMessage()).contains("the query timeout passed");
      assertThat(millis).as("stopped near the 1 s timeout").isLessThan(2_500);
      int requests =
          SandboxHttp.json(new SandboxHttp(sandbox).get("/_sandbox/stats", null))
              .get("byPath")
              .path("/v2/api/listdonations")
              .asInt();
      // page 1, then 4 pages in flight at a time (maxConcurrentRequests) for about 1 s of 150 ms
      // answers; with no stop at the timeout the scan would make its 2000 requests
      assertThat(requests).isBetween(2, 1 + 4 * (1000 / 150 + 2));
    }
  }

  @Test
  void aHangingRequestIsCutAtTheTimeout() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(2_500));
        Connection connection = connect(sandbox, ";maxRetries=0")) {
      long start = System.nanoTime();
      SQLTimeoutException e = timeout(connection, 1, "select id from teams");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.getSQLState()).isEqualTo("HYT00");
      assertThat(millis).as("the 1 s timeout, not the request's latency").isLessThan(2_000);
    }
  }

  @Test
  void cancelAbortsTheRequestInFlight() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(4_000));
        Connection connection = connect(sandbox, ";maxRetries=0");
        Statement statement = connection.createStatement()) {
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () -> {
                try (ResultSet rows = statement.executeQuery("select id from teams")) {
                  while (rows.next()) {
                    rows.getObject(1);
                  }
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      Thread.sleep(500);
      long cancelled = System.nanoTime();
      statement.cancel();
      SQLException e = failure.get(3, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - cancelled) / 1_000_000;
      assertThat(e != null).as("the query failed").isTrue();
      assertThat(e.getSQLState()).isEqualTo("HY008");
      assertThat(millis)
          .as("returned within a second of cancel(), not after the 4 s response")
          .isLessThan(1_000);
    }
  }

  /**
   * Cancelling a fan-out (every campaign's items, each response 300 ms late) returns at once, and
   * the fan-out stops: the sandbox logs a request when it has answered it, so those logged within
   * 0.7 s of the cancel were already in flight, and none is logged after that.
   */
  @Test
  void cancelStopsAFanOut() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(300));
        Connection connection =
            DriverManager.getConnection(
                "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";partner=true;maxRetries=0",
                SandboxHttp.login(Api.PARTNER));
        Statement statement = connection.createStatement()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () -> {
                try (ResultSet rows = statement.executeQuery("select * from campaign_items")) {
                  while (rows.next()) {
                    rows.getObject(1);
                  }
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      Thread.sleep(1_500);
      statement.cancel();
      SQLException e = failure.get(1, TimeUnit.SECONDS);
      assertThat(e != null).as("the query failed").isTrue();
      assertThat(e.getSQLState()).isEqualTo("HY008");
      Thread.sleep(700);
      int afterCancel = http.requestsSinceReset().size();
      Thread.sleep(700);
      assertThat(afterCancel).as("requests before the cancel, and those in flight").isPositive();
      assertThat(http.requestsSinceReset()).as("requests started after the cancel").isEmpty();
    }
  }

  @Test
  void aRetryAfterLongerThanTheTimeLeftFailsAtOnceSayingSo() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.route(
          "/v3/api/teams",
          request ->
              new MockResponse.Builder()
                  .code(429)
                  .addHeader("Retry-After", "30")
                  .addHeader("Content-Type", "application/json; charset=utf-8")
                  .body("{\"Ok\":false,\"Error\":\"API rate limit exceeded.\"}")
                  .build());
      try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
          Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(5);
        long start = System.nanoTime();
        SQLException e = null;
        try {
          statement.executeQuery("select id from teams").next();
        } catch (SQLException failed) {
          e = failed;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e != null).as("the query failed").isTrue();
        assertThat(e.getSQLState()).isEqualTo("53000");
        assertThat(e.getErrorCode()).isEqualTo(429);
        assertThat(e.getMessage())
            .contains("answered HTTP 429: API rate limit exceeded.")
            .containsPattern("gave up: Retry-After asks for 30 s, more than the [0-9.]+ s left of");
        assertThat(millis)
            .as("failed at once instead of sleeping into the timeout")
            .isLessThan(2_000);
        assertThat(fake.apiRequests()).as("asked once, not again after the timeout").hasSize(1);
      }
    }
  }

  @Test
  void withoutATimeoutTheSameQueryCompletes() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(150));
        Connection connection = connect(sandbox, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from teams")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(1)).isPositive();
    }
  }
}
