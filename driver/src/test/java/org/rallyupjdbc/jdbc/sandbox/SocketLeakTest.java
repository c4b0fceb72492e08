package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * A connection that scanned, stopped early, was cancelled and was closed under a running request
 * gives back every socket and thread it opened. Sockets are the {@code socket:} entries of {@code
 * /proc/self/fd}; the baseline is taken after the sandbox listens.
 */
@EnabledOnOs(OS.LINUX)
class SocketLeakTest {
  private static final String SCAN = "select transaction_id, campaign_name from donations";
  private static final String ARRAY_SCAN = "select * from participants";
  private static final String TOKEN = "socket-leak-test-token";

  /**
   * The JDK's first TLS context in a JVM (OkHttp builds one even for http://) opens a socket that
   * stays open as long as the JVM; it is made here, before any baseline, so it is not counted.
   */
  @BeforeAll
  static void initialiseTlsOnce() throws Exception {
    SSLContext.getInstance("TLS").init(null, null, null);
  }

  private static Connection connect(Sandbox sandbox, String extra) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + extra, SandboxHttp.login(Api.ORGANIZATION));
  }

  @Test
  void closingTheConnectionClosesEverySocketAndThreadItOpened() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(40))) {
      Set<String> socketsBefore = OpenSockets.all();
      Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
      Properties wrongSecret = SandboxHttp.login(Api.ORGANIZATION);
      wrongSecret.setProperty("password", "not-the-secret");
      assertThatThrownBy(
              () ->
                  DriverManager.getConnection(
                      "jdbc:rallyup:baseUrl=" + sandbox.baseUrl(), wrongSecret))
          .isInstanceOf(SQLException.class);
      try (Connection connection =
          connect(sandbox, ";pageSize=500;maxConcurrentRequests=4;cacheTtlSeconds=0")) {
        long rows = readAll(connection, SCAN);
        assertThat(rows).isGreaterThan(2_000);
        assertThat(readAll(connection, SCAN)).isEqualTo(rows);
        assertThat(readAll(connection, ARRAY_SCAN)).isPositive();
        readSomeThenClose(connection, SCAN);
        readSomeThenClose(connection, ARRAY_SCAN);
        cancelMidScan(connection);
        assertThat(OpenSockets.openedSince(socketsBefore))
            .as("the scans used sockets")
            .isNotEmpty();
        leaveOpenMidScan(connection);
      }
      settle(() -> newDriverThreads(threadsBefore).isEmpty() && noneOpenedSince(socketsBefore));
      assertThat(OpenSockets.openedSince(socketsBefore)).as("sockets still open").isEmpty();
      assertThat(newDriverThreads(threadsBefore)).as("threads still alive").isEmpty();
    }
  }

  @Test
  void closingTheConnectionDuringARequestClosesItsSocketAndFailsTheStatement() throws Exception {
    SandboxOptions slow = SandboxOptions.defaults().withLatencyMs(6_000).withStaticToken(TOKEN);
    try (Sandbox sandbox = Sandbox.start(slow)) {
      // a ready token, so that connecting does not wait 6 s for a login
      Connection connection =
          DriverManager.getConnection(
              "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";maxRetries=0;password=" + TOKEN);
      Statement statement = connection.createStatement();
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () -> {
                try (ResultSet resultSet = statement.executeQuery("select id from teams")) {
                  resultSet.next();
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      // OkHttp renames the dispatcher thread running a call "OkHttp http://host:port/..."
      long inFlight = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (threadNames().noneMatch(name -> name.startsWith("OkHttp " + sandbox.baseUrl()))) {
        assertThat(System.nanoTime()).as("the request started").isLessThan(inFlight);
        Thread.sleep(20);
      }
      connection.close();
      // without the close, the 6 s answer would come and the statement would read it
      SQLException e = failure.get(3, TimeUnit.SECONDS);
      assertThat(e == null ? "rows read after close" : e.getSQLState()).isEqualTo("08006");
      assertThat(e.getMessage())
          .contains("the connection was closed while waiting for RallyUp (GET /v3/api/teams)");
      settle(() -> OpenSockets.connectedTo(sandbox.port()).isEmpty());
      assertThat(OpenSockets.connectedTo(sandbox.port()))
          .as("the driver's connections to the sandbox")
          .isEmpty();
    }
  }

  private static long readAll(Connection connection, String sql) throws SQLException {
    long rows = 0;
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      while (resultSet.next()) {
        resultSet.getObject(1);
        rows++;
      }
    }
    return rows;
  }

  /** Closes the result set with later pages in flight (paged) or the body half read (array). */
  private static void readSomeThenClose(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      for (int i = 0; i < 3; i++) {
        assertThat(resultSet.next()).isTrue();
      }
    }
  }

  /** Cancels the statement from another thread once its first row has arrived. */
  private static void cancelMidScan(Connection connection) throws Exception {
    CountDownLatch firstRow = new CountDownLatch(1);
    try (Statement statement = connection.createStatement()) {
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () -> {
                try (ResultSet resultSet = statement.executeQuery(SCAN)) {
                  while (resultSet.next()) {
                    firstRow.countDown();
                  }
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      assertThat(firstRow.await(10, TimeUnit.SECONDS)).isTrue();
      statement.cancel();
      SQLException e = failure.get(10, TimeUnit.SECONDS);
      assertThat(e == null ? "completed" : e.getSQLState())
          .as("the scan was cancelled")
          .isEqualTo("HY008");
    }
  }

  /** Leaves a half-read result set for the connection's close to clean up. */
  private static void leaveOpenMidScan(Connection connection) throws SQLException {
    ResultSet resultSet = connection.createStatement().executeQuery(SCAN);
    assertThat(resultSet.next()).isTrue();
  }

  /** Polls for up to 2 s: OkHttp closes connections and ends threads asynchronously. */
  private static void settle(Check done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (!done.holds() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static boolean noneOpenedSince(Set<String> before) throws Exception {
    return OpenSockets.openedSince(before).isEmpty();
  }

  /** Live threads of the driver's HTTP client and page fetchers that were not there before. */
  private static Stream<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName);
  }

  private static List<String> newDriverThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> !before.contains(thread))
        .map(Thread::getName)
        .filter(SocketLeakTest::isDriverThread)
        .toList();
  }

  /**
   * OkHttp's dispatcher threads ({@code OkHttp Dispatcher}, renamed {@code OkHttp <url>} while a
   * call runs) and the driver's page fetchers. {@code OkHttp TaskRunner} is not the connection's:
   * it is one pool for the whole JVM whose idle threads end after 60 s.
   */
  private static boolean isDriverThread(String name) {
    return name.startsWith("rallyup-fetch")
        || (name.startsWith("OkHttp ") && !name.equals("OkHttp TaskRunner"));
  }
}
