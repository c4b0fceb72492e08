package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Repeated SQL is planned once per connection: a plain statement re-running it takes a cached plan,
 * a prepared statement re-executes without parsing, and neither gets in the way of maxRows, cancel,
 * the current schema, or statements running side by side.
 */
class PlanCacheTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":1,\"CampaignId\":7},{\"TransactionId\":2,\"CampaignId\":7},"
          + "{\"TransactionId\":3,\"CampaignId\":8}]";
  private static final String SQL = "select transaction_id from donations";

  private final FakeRallyUp fake = new FakeRallyUp();
  private final AtomicInteger parses = new AtomicInteger();
  private Hook.Closeable parseCounter;

  @BeforeEach
  void serve() {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    // counts parses on this thread only, which is where the test's statements run
    parseCounter = Hook.PARSE_TREE.addThread((Consumer<Object>) tree -> parses.incrementAndGet());
  }

  @AfterEach
  void close() {
    parseCounter.close();
    fake.close();
  }

  private static int count(ResultSet rows) throws SQLException {
    int n = 0;
    while (rows.next()) {
      n++;
    }
    return n;
  }

  private static PlanCache plans(Connection connection) throws SQLException {
    return connection.unwrap(RallyUpConnection.class).plans();
  }

  @Test
  void aStatementRunningTheSameSqlAgainPlansItOnce() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < 3; i++) {
        try (ResultSet rows = statement.executeQuery(SQL)) {
          assertThat(count(rows)).isEqualTo(3);
        }
      }
      assertThat(parses).hasValue(1);
      assertThat(plans(connection).prepares()).isEqualTo(1);
      connection.setSchema("rallyup_meta");
      try (ResultSet rows = statement.executeQuery("select * from rallyup.donations")) {
        assertThat(count(rows)).isEqualTo(3);
      }
      assertThat(plans(connection).prepares()).as("a new schema is a new key").isEqualTo(2);
    }
  }

  @Test
  void aPreparedStatementReExecutesWithoutParsing() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement prepared = connection.prepareStatement(SQL + " where campaign_id = ?")) {
      for (long campaign : new long[] {7, 8, 7}) {
        prepared.setLong(1, campaign);
        try (ResultSet rows = prepared.executeQuery()) {
          assertThat(count(rows)).isEqualTo(campaign == 7 ? 2 : 1);
        }
      }
      assertThat(parses).hasValue(1);
    }
  }

  @Test
  void statementsSharingSqlKeepTheirOwnRowsAndLimits() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement one = connection.createStatement();
        Statement two = connection.createStatement()) {
      one.setMaxRows(1);
      ResultSet first = one.executeQuery(SQL);
      ResultSet second = two.executeQuery(SQL);
      assertThat(first.next()).isTrue();
      assertThat(second.next()).isTrue();
      assertThat(count(second)).isEqualTo(2);
      assertThat(count(first)).isZero();
      assertThat(first.getStatement()).isSameAs(one);
      assertThat(second.getStatement()).isSameAs(two);
      first.close();
      second.close();
      assertThat(plans(connection).prepares()).isEqualTo(2);
      try (ResultSet again = two.executeQuery(SQL)) {
        assertThat(count(again)).isEqualTo(3);
      }
      assertThat(plans(connection).prepares()).isEqualTo(2);
    }
  }

  @Test
  void aCancelledPlanIsDroppedAndTheNextRunSucceeds() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement()) {
      ResultSet rows = statement.executeQuery(SQL);
      statement.cancel();
      rows.close();
      try (ResultSet again = statement.executeQuery(SQL)) {
        assertThat(count(again)).isEqualTo(3);
      }
      assertThat(plans(connection).prepares()).isEqualTo(2);
    }
  }

  @Test
  void closingLeavesNoStatementBehind() throws SQLException {
    Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
    RallyUpConnection rallyUp = connection.unwrap(RallyUpConnection.class);
    Statement statement = connection.createStatement();
    statement.executeQuery(SQL).next();
    connection.prepareStatement(SQL).executeQuery().next();
    connection.close();
    assertThat(statement.isClosed()).isTrue();
    assertThat(rallyUp.registry().size()).isZero();
    assertThat(plans(connection).size()).isZero();
  }

  @Test
  void concurrentStatementsOnOneConnectionEachGetTheirRows() throws Exception {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          long max = i + 1;
          runs.add(
              pool.submit(
                  () -> {
                    int total = 0;
                    try (Statement statement = connection.createStatement()) {
                      statement.setLargeMaxRows(max);
                      for (int run = 0; run < 10; run++) {
                        try (ResultSet rows = statement.executeQuery(SQL)) {
                          total += count(rows);
                        }
                      }
                    }
                    return total;
                  }));
        }
        for (int i = 0; i < 4; i++) {
          assertThat(runs.get(i).get()).isEqualTo(10 * Math.min(i + 1, 3));
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(plans(connection).prepares()).isBetween(1L, 4L);
    }
  }
}
