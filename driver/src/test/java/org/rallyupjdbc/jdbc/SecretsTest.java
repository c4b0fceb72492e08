package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * A whole session, successes and failures, with every log level on, then one that outlives its
 * one-second tokens: the API secret and the bearer tokens, renewed ones included, appear nowhere
 * the driver writes or shows (logs, stdout and stderr, exception messages and stack traces, {@code
 * toString()}, {@code getURL()}, {@code getPropertyInfo}, EXPLAIN output).
 */
class SecretsTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":989,\"CampaignId\":1144,\"DonorEmail\":\"a@b.org\"}]";

  private final StringBuilder seen = new StringBuilder();
  private final List<String> rotated = new ArrayList<>();

  @Test
  void secretsAppearNowhere() throws Exception {
    Logger root = Logger.getLogger("");
    Level level = root.getLevel();
    Handler capture = new CapturingHandler();
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
      fake.route("/v3/api/teams", r -> FakeRallyUp.json(500, FakeRallyUp.error("boom")));
      fake.body("/v3/api/participants", 200, "{not json");
      session(fake);
      List<String> issued = fake.rotateTokens(1);
      sessionOutlivingItsTokens(fake);
      rotated.addAll(issued);
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(capture);
      root.setLevel(level);
    }
    seen.append(console.toString(StandardCharsets.UTF_8));
    assertThat(seen.toString())
        .as("the driver's request log was captured, at DEBUG")
        .contains("GET /v2/api/listdonations?pageIndex=1&pageSize=100 -> 200 in ")
        .as("EXPLAIN output was captured")
        .contains("PLAN=")
        .as("the request log table was captured")
        .contains("target=/v2/api/listdonations?pageIndex=1&pageSize=1; status=200");
    assertThat(seen.toString()).doesNotContain(FakeRallyUp.SECRET, FakeRallyUp.TOKEN);
    assertThat(rotated).as("tokens renewed during the session").hasSizeGreaterThan(1);
    assertThat(seen.toString()).doesNotContain(rotated.toArray(String[]::new));
  }

  /** Queries, EXPLAIN, the request log and a failure across renewals of one-second tokens. */
  private void sessionOutlivingItsTokens(FakeRallyUp fake) throws Exception {
    Properties login = new Properties();
    login.setProperty("user", FakeRallyUp.LOGIN);
    login.setProperty("password", FakeRallyUp.SECRET);
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";cacheTtlSeconds=0", login)) {
      for (int round = 0; round < 2; round++) {
        seen.append(Sql.rows(connection, "select * from donations"));
        seen.append(
            Sql.rows(
                connection, "explain plan for select * from donations where transaction_id = 989"));
        record(() -> Sql.rows(connection, "select * from teams"));
        Thread.sleep(1_100);
      }
      seen.append(connection).append(Sql.rows(connection, "select * from rallyup_meta.requests"));
    }
  }

  private void session(FakeRallyUp fake) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", FakeRallyUp.LOGIN);
    properties.setProperty("password", FakeRallyUp.SECRET);
    String url = "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=" + FakeRallyUp.SECRET;
    for (DriverPropertyInfo info : new RallyUpDriver().getPropertyInfo(url, properties)) {
      seen.append(info.name).append('=').append(info.value).append('\n');
    }
    try (Connection connection = DriverManager.getConnection(url, properties);
        Statement statement = connection.createStatement()) {
      seen.append(connection).append(statement).append(connection.getMetaData().getURL());
      seen.append(Sql.rows(connection, "select * from donations"));
      seen.append(
          Sql.rows(
              connection, "explain plan for select * from donations where transaction_id = 989"));
      try (ResultSet rows = statement.executeQuery("select donor_email from donations")) {
        seen.append(rows);
      }
      seen.append(Sql.rows(connection, "select * from rallyup_meta.requests"));
      for (String failing :
          new String[] {
            "select * from teams", "select * from participants", "select * from users"
          }) {
        record(() -> Sql.rows(connection, failing));
      }
    }
    record(
        () ->
            DriverManager.getConnection(
                "jdbc:rallyup:baseUrl="
                    + fake.baseUrl()
                    + ";user=demo;password="
                    + FakeRallyUp.SECRET
                    + "x"));
    record(
        () ->
            Sql.rows(
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl="
                        + fake.baseUrl()
                        + ";password="
                        + FakeRallyUp.TOKEN
                        + "x"),
                "select * from donations"));
  }

  private interface Failing {
    Object run() throws SQLException;
  }

  private void record(Failing action) {
    try {
      action.run();
      throw new AssertionError("expected a failure");
    } catch (SQLException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      seen.append(trace);
    }
  }

  /** Keeps every log record, formatted with its parameters and stack trace. */
  private final class CapturingHandler extends Handler {
    private final SimpleFormatter formatter = new SimpleFormatter();

    CapturingHandler() {
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      seen.append(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
