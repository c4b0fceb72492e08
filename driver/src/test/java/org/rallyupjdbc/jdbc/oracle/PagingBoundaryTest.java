package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * The same {@value #N} donation records read through the driver with page sizes 1, 2, n-1, n and
 * n+1 must give H2's rows, and each scan must request exactly pages 1..ceil(n/size), in any order
 * since pages after the first are fetched concurrently: the fake sets {@code HasNextPage=false} on
 * the last page, so any further request is one too many. {@code COUNT(*)} of donations costs one
 * one-record page, whose {@code TotalCount} is the answer. The cache is off, so that every query
 * shows its own requests.
 */
class PagingBoundaryTest {
  /** Small enough that page size 1 stays cheap; 30 records, so n-1 leaves a one-record page. */
  private static final int N = 30;

  private static final long SEED = 77L;

  /** Each query scans donations once; the child table reads the same endpoint. */
  private static final List<String> QUERIES =
      List.of(
          "SELECT * FROM donations ORDER BY transaction_id",
          "SELECT COUNT(*) FROM donations",
          "SELECT campaign_type, is_refunded FROM donations ORDER BY transaction_id",
          "SELECT * FROM donations_items ORDER BY transaction_id, item_id",
          "SELECT COUNT(*) FROM donations_items");

  private static TestDataset data;
  private static FakeRallyUp fake;
  private static H2Oracle oracle;

  @BeforeAll
  static void start() throws SQLException {
    data = TestDataset.generate(SEED, N);
    fake = new FakeRallyUp();
    fake.paged(TestDataset.DONATIONS_PATH, data.donations());
    oracle = H2Oracle.load(Map.of("donations", data.donations()));
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      if (oracle != null) {
        oracle.close();
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  static IntStream pageSizes() {
    return IntStream.of(1, 2, N - 1, N, N + 1);
  }

  @ParameterizedTest(name = "pageSize={0}")
  @MethodSource("pageSizes")
  void everyPageSizeGivesTheSameRowsFromExactlyTheNeededPages(int pageSize) throws SQLException {
    try (Connection driver =
        DriverManager.getConnection(fake.jdbcUrl(";cacheTtlSeconds=0;pageSize=" + pageSize))) {
      for (String sql : QUERIES) {
        Result expected = Results.read(oracle.connection(), sql);
        fake.clearRequests();
        Result actual = Results.read(driver, sql);

        assertThat(actual.columnCount()).as("columns of %s", sql).isEqualTo(expected.columnCount());
        assertThat(actual.rows()).as("rows of %s", sql).containsExactlyElementsOf(expected.rows());
        assertThat(fake.apiRequests())
            .as("requests of %s at pageSize=%d", sql, pageSize)
            .containsExactlyInAnyOrderElementsOf(expectedRequests(sql, pageSize));
      }
    }
  }

  /**
   * The data keeps what the scans above rely on: items on most donations, and two donations in a
   * row without items, whose pages of donations_items decode to no rows at page size 1 (once
   * mistaken for a repeated page, "the API seems to ignore the paging parameter").
   */
  @Test
  void theDataSetHasItemsAndTwoDonationsInARowWithout() throws SQLException {
    assertThat(count("donations")).isEqualTo(N);
    assertThat(count("donations_items")).isGreaterThan(N);
    List<JsonNode> donations = data.donations();
    boolean twoInARow = false;
    for (int i = 1; i < donations.size(); i++) {
      twoInARow |=
          donations.get(i - 1).path("Items").isEmpty() && donations.get(i).path("Items").isEmpty();
    }
    assertThat(twoInARow).as("two consecutive donations without items").isTrue();
  }

  private static long count(String from) throws SQLException {
    return Long.parseLong(
        Results.read(oracle.connection(), "SELECT COUNT(*) FROM " + from).rows().get(0));
  }

  private static List<String> expectedRequests(String sql, int pageSize) {
    if (sql.equals("SELECT COUNT(*) FROM donations")) {
      return List.of("GET " + TestDataset.DONATIONS_PATH + "?pageIndex=1&pageSize=1");
    }
    int pages = (N + pageSize - 1) / pageSize;
    List<String> requests = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      requests.add(
          "GET " + TestDataset.DONATIONS_PATH + "?pageIndex=" + page + "&pageSize=" + pageSize);
    }
    return requests;
  }
}
