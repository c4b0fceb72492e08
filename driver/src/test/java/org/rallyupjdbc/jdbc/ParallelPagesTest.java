package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Pages fetched concurrently: rows keep their order, no more than {@code maxConcurrentRequests}
 * requests are ever in flight, closing a result set early stops the fetching, and closing the
 * connection leaves no fetch thread behind.
 */
class ParallelPagesTest {
  private static final String DONATIONS = "/v2/api/listdonations";
  private static final int RECORDS = 40;

  private final FakeRallyUp fake = new FakeRallyUp();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Serves 40 donations, each page after {@code millis}, counting requests in flight. */
  private void slowPages(long millis) {
    List<JsonNode> records =
        IntStream.rangeClosed(1, RECORDS)
            .mapToObj(i -> FakeRallyUp.parse("{\"TransactionId\": " + i + ", \"CampaignId\": 7}"))
            .toList();
    fake.route(
        DONATIONS,
        request -> {
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(millis);
            return FakeRallyUp.page(request, records);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          } finally {
            inFlight.decrementAndGet();
          }
        });
  }

  @Test
  void rowsKeepTheirOrderWithAtMostTheConfiguredRequestsInFlight() throws SQLException {
    slowPages(30);
    List<Long> ids = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(fake.jdbcUrl(";pageSize=1;maxConcurrentRequests=3"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    assertThat(ids).containsExactlyElementsOf(LongRange.of(1, RECORDS));
    assertThat(fake.apiRequests()).hasSize(RECORDS);
    assertThat(mostInFlight.get()).isBetween(2, 3);
  }

  @Test
  void closingTheResultSetEarlyStopsTheFetching() throws Exception {
    slowPages(100);
    try (Connection connection =
        DriverManager.getConnection(fake.jdbcUrl(";pageSize=1;maxConcurrentRequests=4"))) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
        rows.next();
        rows.next();
      }
      int atClose = fake.apiRequests().size();
      Thread.sleep(500);
      assertThat(fake.apiRequests().size())
          .as("no request starts after the result set is closed")
          .isLessThanOrEqualTo(atClose + 4)
          .isLessThan(10);
    }
  }

  @Test
  void closingTheConnectionLeavesNoFetchThread() throws Exception {
    slowPages(0);
    try (Connection connection =
        DriverManager.getConnection(fake.jdbcUrl(";pageSize=1;maxConcurrentRequests=4"))) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT transaction_id FROM donations")) {
        while (rows.next()) {
          rows.getLong(1);
        }
      }
      assertThat(fetchThreads()).isPositive();
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (fetchThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(fetchThreads()).isZero();
  }

  private static long fetchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("rallyup-fetch") && t.isAlive())
        .count();
  }

  /** The whole numbers from {@code first} to {@code last}. */
  private static final class LongRange {
    static List<Long> of(long first, long last) {
      List<Long> values = new ArrayList<>();
      for (long i = first; i <= last; i++) {
        values.add(i);
      }
      return values;
    }
  }
}
