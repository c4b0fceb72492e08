package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
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
 * The whole differential corpus against a sandbox that does everything at once: fails a fifth of
 * its requests (500 or 503), answers 429 past a low rate, issues tokens that live three seconds,
 * and adds donations before every donations request, so each listing moves while it is read. The
 * driver, logged in with retries on, must still answer exactly as H2 holding the records of the
 * start. New donations are the one thing H2 cannot know, so every query reads donations (and their
 * items) through a bound on the transaction id: the bound is applied by Calcite above the scan,
 * while the API keeps listing, and moving, every donation.
 *
 * <p>Queries run four at a time, each on a connection of its own, as a report server's pool would:
 * they spend most of their time waiting out backoffs and rate limits.
 */
class HostileSandboxTest {
  private static final int CONNECTIONS = 4;

  /** Each table the new donations show in, and its column holding the transaction id. */
  private static final Map<String, String> TRANSACTION_ID = transactionIdColumns();

  private static final Pattern TRANSACTION_TABLE =
      Pattern.compile(
          "\\b(FROM|JOIN)\\s+("
              + String.join("|", TRANSACTION_ID.keySet())
              + ")\\b(?:\\s+(?:AS\\s+)?(?!(?:WHERE|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|ON|GROUP|ORDER"
              + "|LIMIT|FETCH|OFFSET|UNION|HAVING|EXCEPT|INTERSECT)\\b)(\\w+))?",
          Pattern.CASE_INSENSITIVE);

  private static Sandbox sandbox;
  private static H2Oracle oracle;
  private static final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(CONNECTIONS);
  private static long lastDonationAtStart;
  private static int donationsAtStart;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.defaults()
                .withFailRate(0.2)
                .withRateLimit(20)
                .withTokenTtlSeconds(3)
                .withDrift(true));
    JsonNode dump = new SandboxHttp(sandbox).dump();
    JsonNode donations = dump.get("/v2/api/listdonations");
    donationsAtStart = donations.size();
    donations.forEach(
        d -> lastDonationAtStart = Math.max(lastDonationAtStart, d.get("TransactionId").asLong()));
    oracle = H2Oracle.load(OracleRecords.byTable(dump));
    Properties login = SandboxHttp.login(Api.ORGANIZATION);
    // 429s count as retries too, and four connections share a 20-per-second limit while a fifth
    // of answers fail: with 8, a run of nine refusals in a row ended a query about once in a
    // few dozen builds. 12 keeps the faults as frequent and the run as long, without that flake.
    login.setProperty("maxRetries", "12");
    for (int i = 0; i < CONNECTIONS; i++) {
      pool.add(
          DriverManager.getConnection(
              "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=1000;cacheTtlSeconds=0",
              login));
    }
  }

  /** Checked once every query has run: the corpus met every fault, not a quiet sandbox. */
  @AfterAll
  static void theSandboxReallyFailedLimitedExpiredAndMoved() throws Exception {
    try {
      JsonNode stats = SandboxHttp.json(new SandboxHttp(sandbox).get("/_sandbox/stats", null));
      JsonNode statuses = stats.get("byStatus");
      assertThat(statuses.path("429").asInt()).as("429 answers").isPositive();
      assertThat(statuses.path("500").asInt() + statuses.path("503").asInt())
          .as("500 and 503 answers")
          .isPositive();
      assertThat(stats.get("byPath").path("/v1/token").asInt())
          .as("logins: tokens expired and were renewed")
          .isGreaterThan(CONNECTIONS);
      assertThat(new SandboxHttp(sandbox).dump().get("/v2/api/listdonations").size())
          .as("donations arrived while the corpus ran")
          .isGreaterThan(donationsAtStart);
    } finally {
      stop();
    }
  }

  private static void stop() throws SQLException {
    try {
      for (Connection connection : pool) {
        connection.close();
      }
      if (oracle != null) {
        oracle.close();
      }
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  /**
   * The donations and transaction items tables with their children: the key of the top-level
   * tables, the parent's key of the child tables. Longest names first, so a child table is not read
   * as its parent followed by an alias.
   */
  private static Map<String, String> transactionIdColumns() {
    Map<String, String> columns =
        new TreeMap<>(
            Comparator.comparing(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
    for (TableSpec table : Catalog.builtIn().schema("rallyup").orElseThrow().tables()) {
      if (table.name().startsWith("donations") || table.name().startsWith("transaction_items")) {
        columns.put(
            table.name(),
            table.childArray().isPresent()
                ? table.foreignKeys().get(0).columns().get(0)
                : table.primaryKey().get(0));
      }
    }
    return columns;
  }

  static Stream<Named<Query>> corpus() {
    return DifferentialTest.readCorpus().stream().map(q -> Named.of(q.label(), q));
  }

  /**
   * {@code sql} with every donations and donations_items table read through a subquery keeping the
   * records of the start; the alias stays, so column references do not change.
   */
  static String startingRecordsOnly(String sql, long lastTransactionId) {
    Matcher table = TRANSACTION_TABLE.matcher(sql);
    StringBuilder bounded = new StringBuilder();
    while (table.find()) {
      String alias = table.group(3) != null ? table.group(3) : table.group(2);
      String id = TRANSACTION_ID.get(table.group(2).toLowerCase(Locale.ROOT));
      table.appendReplacement(
          bounded,
          table.group(1)
              + " (SELECT * FROM "
              + table.group(2)
              + " WHERE "
              + id
              + " <= "
              + lastTransactionId
              + ") AS "
              + alias);
    }
    table.appendTail(bounded);
    return bounded.toString();
  }

  @Test
  void theBoundKeepsAliasesAndLeavesOtherTablesAlone() {
    assertThat(
            startingRecordsOnly(
                "SELECT d.x FROM donations d JOIN donations_items AS i ON i.transaction_id ="
                    + " d.transaction_id JOIN transaction_items t ON t.id = d.transaction_id"
                    + " JOIN campaigns c ON c.id = d.campaign_id JOIN transaction_items_raffle_tickets",
                7))
        .isEqualTo(
            "SELECT d.x FROM (SELECT * FROM donations WHERE transaction_id <= 7) AS d JOIN"
                + " (SELECT * FROM donations_items WHERE transaction_id <= 7) AS i ON"
                + " i.transaction_id = d.transaction_id JOIN (SELECT * FROM transaction_items"
                + " WHERE id <= 7) AS t ON t.id = d.transaction_id JOIN campaigns c ON c.id ="
                + " d.campaign_id JOIN (SELECT * FROM transaction_items_raffle_tickets WHERE"
                + " id <= 7) AS transaction_items_raffle_tickets");
    assertThat(startingRecordsOnly("SELECT COUNT(*) FROM donations WHERE a = 1", 7))
        .isEqualTo(
            "SELECT COUNT(*) FROM (SELECT * FROM donations WHERE transaction_id <= 7) AS donations"
                + " WHERE a = 1");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  @Execution(ExecutionMode.CONCURRENT)
  void theDriverAnswersLikeH2WhateverTheSandboxDoes(Query query) throws Exception {
    String sql = startingRecordsOnly(query.sql(), lastDonationAtStart);
    Result expected;
    synchronized (oracle) {
      expected = Results.read(oracle.connection(), sql);
    }
    Connection driver = pool.take();
    Result actual;
    try {
      actual = Results.read(driver, sql);
    } finally {
      pool.put(driver);
    }
    actual.assertSameAs(expected, query.ordered(), sql);
  }
}
