package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * A donations scan while donations arrive before every request (the sandbox's --drift), through
 * JDBC: every donation there at the start is read once, the repeats dropped are counted in
 * rallyup_meta.requests, and the statement and its result set carry the warning until the statement
 * runs again.
 */
class ListingDriftTest {
  private static final Pattern WARNING =
      Pattern.compile(
          "GET /v2/api/listdonations\\?pageSize=1000: the listing changed while it was read"
              + " \\(TotalCount went from (\\d+) to (\\d+)\\); (\\d+) records already read on an"
              + " earlier page were dropped");

  private static Sandbox sandbox;
  private static List<Long> idsAtStart;
  private static Connection connection;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults().withDrift(true));
    idsAtStart = new ArrayList<>();
    new SandboxHttp(sandbox)
        .dump()
        .get("/v2/api/listdonations")
        .forEach(d -> idsAtStart.add(d.get("TransactionId").asLong()));
    connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=1000;cacheTtlSeconds=0",
            SandboxHttp.login(Api.ORGANIZATION));
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      if (connection != null) {
        connection.close();
      }
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  @Test
  void everyDonationIsReadOnceAndTheStatementIsWarned() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      List<Long> ids = new ArrayList<>();
      SQLWarning warning;
      try (ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
        warning = rows.getWarnings();
      }
      assertThat(ids).doesNotHaveDuplicates().containsAll(idsAtStart);
      long lastAtStart = idsAtStart.stream().mapToLong(Long::longValue).max().orElseThrow();
      assertThat(ids.size() - idsAtStart.size())
          .as("donations that arrived before page 1 was read")
          .isEqualTo(ids.stream().filter(id -> id > lastAtStart).count());

      assertThat((Throwable) warning).isNotNull();
      assertThat(warning.getSQLState()).isEqualTo("01000");
      Matcher text = WARNING.matcher(warning.getMessage());
      assertThat(text.matches()).as(warning.getMessage()).isTrue();
      assertThat(Long.parseLong(text.group(2))).isGreaterThan(Long.parseLong(text.group(1)));
      long dropped = Long.parseLong(text.group(3));
      assertThat(dropped).isPositive();
      assertThat((Throwable) warning.getNextWarning()).as("one scan, one warning").isNull();
      assertThat(statement.getWarnings().getMessage()).isEqualTo(warning.getMessage());
      assertThat((Throwable) statement.getWarnings().getNextWarning())
          .as("asking again does not lengthen the chain")
          .isNull();
      assertThat(droppedInTheRequestLog()).isEqualTo(dropped);

      statement.executeQuery("SELECT COUNT(*) FROM campaigns").close();
      assertThat((Throwable) statement.getWarnings())
          .as("a new execution clears the warnings")
          .isNull();
    }
  }

  @Test
  void clearWarningsForgetsTheScansWarning() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
      while (rows.next()) {
        rows.getLong(1);
      }
      assertThat((Throwable) rows.getWarnings()).isNotNull();
      statement.clearWarnings();
      assertThat((Throwable) statement.getWarnings()).isNull();
      assertThat((Throwable) rows.getWarnings()).isNull();
    }
  }

  /** The repeats dropped by the latest donations scan, as rallyup_meta.requests counts them. */
  private static long droppedInTheRequestLog() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet sum =
            statement.executeQuery(
                "SELECT SUM(duplicates) FROM rallyup_meta.requests WHERE statement_id ="
                    + " (SELECT MAX(statement_id) FROM rallyup_meta.requests"
                    + " WHERE target LIKE '/v2/api/listdonations%')")) {
      sum.next();
      return sum.getLong(1);
    }
  }
}
