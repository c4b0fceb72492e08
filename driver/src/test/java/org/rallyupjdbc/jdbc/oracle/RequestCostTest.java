package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * What each query costs in requests, read from the sandbox's own request log at its default seed,
 * and that each still answers exactly as H2 does on the same records: LIMIT and setMaxRows stop
 * paging, COUNT(*) reads one TotalCount, keys use the single-record endpoint, campaign and date
 * conditions become parameters, a full scan requests each page once, the cache answers a repeated
 * query, and EXPLAIN costs at most one count probe.
 */
class RequestCostTest {
  private static final String DONATIONS = "/v2/api/listdonations";
  private static final int PAGE = 100;

  private static Sandbox sandbox;
  private static SandboxHttp http;
  private static H2Oracle oracle;
  private Connection driver;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    http = new SandboxHttp(sandbox);
    oracle = H2Oracle.load(OracleRecords.byTable(http.dump()));
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      oracle.close();
    } finally {
      sandbox.close();
    }
  }

  @BeforeEach
  void connect() throws Exception {
    driver = connection("");
  }

  @org.junit.jupiter.api.AfterEach
  void disconnect() throws SQLException {
    driver.close();
  }

  private static Connection connection(String extra) throws Exception {
    Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + extra,
            SandboxHttp.login(Api.ORGANIZATION));
    http.post("/_sandbox/stats/reset");
    return connection;
  }

  /** The API requests since the last call (logins aside), as {@code path?query}, oldest first. */
  private static List<String> requests() throws Exception {
    JsonNode stats = SandboxHttp.json(http.get("/_sandbox/stats", null));
    http.post("/_sandbox/stats/reset");
    List<String> lines = new ArrayList<>();
    for (JsonNode entry : stats.get("recent")) {
      if (entry.get("path").asText().endsWith("/token")) {
        continue;
      }
      String query = entry.path("query").asText("");
      lines.add(entry.get("path").asText() + (query.isEmpty() ? "" : "?" + query));
    }
    return lines;
  }

  private static long oracleCount(String where) throws SQLException {
    return Long.parseLong(
        Results.read(oracle.connection(), "SELECT COUNT(*) FROM donations " + where).rows().get(0));
  }

  private static List<String> pages(String query, long rows) {
    long pages = Math.max(1, (rows + PAGE - 1) / PAGE);
    String prefix = query.isEmpty() ? "" : query + "&";
    return IntStream.rangeClosed(1, (int) pages)
        .mapToObj(p -> DONATIONS + "?" + prefix + "pageIndex=" + p + "&pageSize=" + PAGE)
        .toList();
  }

  private void assertSameRows(String sql) throws SQLException {
    Result expected = Results.read(oracle.connection(), sql);
    Result actual = Results.read(driver, sql);
    assertThat(actual.sortedRows()).containsExactlyElementsOf(expected.sortedRows());
  }

  @Test
  void limitTenIsOneSmallPage() throws Exception {
    Result limited = Results.read(driver, "SELECT * FROM donations LIMIT 10");
    assertThat(requests()).containsExactly(DONATIONS + "?pageIndex=1&pageSize=10");
    assertThat(limited.rows()).hasSize(10);
    assertThat(Results.read(oracle.connection(), "SELECT * FROM donations").rows())
        .containsAll(limited.rows());
  }

  @Test
  void maxRowsStopsAtThePagesHoldingThem() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement statement = driver.createStatement()) {
      statement.setMaxRows(2 * PAGE);
      try (ResultSet result = statement.executeQuery("SELECT transaction_id FROM donations")) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
    }
    assertThat(rows).hasSize(2 * PAGE).doesNotHaveDuplicates();
    assertThat(requests()).containsExactlyInAnyOrderElementsOf(pages("", 2 * PAGE));
  }

  @Test
  void maxRowsDoesNotCutAnAggregate() throws Exception {
    try (Statement statement = driver.createStatement()) {
      statement.setMaxRows(1);
      try (ResultSet result = statement.executeQuery("SELECT SUM(sale_amount) FROM donations")) {
        result.next();
        String expected =
            Results.read(oracle.connection(), "SELECT SUM(sale_amount) FROM donations")
                .rows()
                .get(0);
        assertThat(result.getBigDecimal(1)).isEqualByComparingTo(expected);
      }
    }
    assertThat(requests()).containsExactlyInAnyOrderElementsOf(pages("", oracleCount("")));
  }

  @Test
  void countStarIsOneRequest() throws Exception {
    assertSameRows("SELECT COUNT(*) FROM donations");
    assertThat(requests()).containsExactly(DONATIONS + "?pageIndex=1&pageSize=1");
  }

  @Test
  void aKeyUsesTheSingleCampaignEndpoint() throws Exception {
    long id =
        Long.parseLong(
            Results.read(oracle.connection(), "SELECT MIN(id) FROM campaigns").rows().get(0));
    assertSameRows("SELECT * FROM campaigns WHERE id = " + id);
    assertThat(requests()).containsExactly("/v2/api/campaign/" + id);
  }

  @Test
  void anInListOfKeysIsOneRequestPerKey() throws Exception {
    List<String> ids =
        Results.read(
                oracle.connection(), "SELECT id FROM campaigns ORDER BY id FETCH FIRST 3 ROWS ONLY")
            .rows();
    assertSameRows("SELECT * FROM campaigns WHERE id IN (" + String.join(", ", ids) + ")");
    assertThat(requests())
        .containsExactlyInAnyOrderElementsOf(
            ids.stream().map(id -> "/v2/api/campaign/" + id).toList());
  }

  @Test
  void oneCampaignsDonationsAreItsPagesOnly() throws Exception {
    String busiest =
        Results.read(
                oracle.connection(),
                "SELECT campaign_id FROM donations GROUP BY campaign_id ORDER BY COUNT(*) DESC, campaign_id"
                    + " FETCH FIRST 1 ROWS ONLY")
            .rows()
            .get(0);
    String where = "WHERE campaign_id = " + busiest;
    assertSameRows("SELECT * FROM donations " + where);
    assertThat(requests())
        .containsExactlyInAnyOrderElementsOf(pages("campaignId=" + busiest, oracleCount(where)));
  }

  @Test
  void oneMonthOfDonationsIsThatMonthsPagesWithADayOnEachSide() throws Exception {
    String busiest =
        Results.read(
                oracle.connection(),
                "SELECT m FROM (SELECT FORMATDATETIME(transaction_created_date, 'yyyy-MM') AS m"
                    + " FROM donations) GROUP BY m ORDER BY COUNT(*) DESC, m FETCH FIRST 1 ROWS ONLY")
            .rows()
            .get(0);
    LocalDate first = LocalDate.parse(busiest.replace("'", "") + "-01");
    LocalDate next = first.plusMonths(1);
    String where =
        "WHERE transaction_created_date >= TIMESTAMP '"
            + first
            + " 00:00:00' AND transaction_created_date < TIMESTAMP '"
            + next
            + " 00:00:00'";
    assertSameRows("SELECT * FROM donations " + where);
    // RallyUp's time zone for date parameters is unknown, so a day of slack on each side
    long sent =
        oracleCount(
            "WHERE CAST(transaction_created_date AS DATE) BETWEEN DATE '"
                + first.minusDays(1)
                + "' AND DATE '"
                + next
                + "'");
    assertThat(requests())
        .containsExactlyInAnyOrderElementsOf(
            pages("startDate=" + first.minusDays(1) + "&endDate=" + next, sent));
  }

  @Test
  void schemaProbesCostNothing() throws Exception {
    assertThat(Results.read(driver, "SELECT * FROM donations WHERE 1 = 0").rows()).isEmpty();
    try (java.sql.PreparedStatement probe =
        driver.prepareStatement("SELECT * FROM donations WHERE transaction_id = ?")) {
      assertThat(probe.getMetaData().getColumnCount()).isEqualTo(60);
    }
    assertThat(requests()).isEmpty();
  }

  @Test
  void aFullScanRequestsEachPageOnce() throws Exception {
    assertSameRows("SELECT * FROM donations");
    assertThat(requests()).containsExactlyInAnyOrderElementsOf(pages("", oracleCount("")));
  }

  @Test
  void theSameQueryAgainWithinTheTtlCostsNothing() throws Exception {
    assertSameRows("SELECT * FROM donations");
    assertThat(requests()).hasSize(pages("", oracleCount("")).size());
    assertSameRows("SELECT transaction_id, campaign_name FROM donations");
    assertThat(requests()).isEmpty();
  }

  @Test
  void withoutTheCacheTheSameQueryIsFetchedAgain() throws Exception {
    try (Connection uncached = connection(";cacheTtlSeconds=0")) {
      Results.read(uncached, "SELECT COUNT(*) FROM donations");
      Results.read(uncached, "SELECT COUNT(*) FROM donations");
    }
    assertThat(requests()).hasSize(2);
  }

  @Test
  void explainCostsAtMostOneCountProbe() throws Exception {
    for (String sql :
        List.of(
            "SELECT * FROM donations LIMIT 10",
            "SELECT COUNT(*) FROM donations",
            "SELECT * FROM donations",
            "SELECT * FROM donations WHERE campaign_id = 5")) {
      try (Connection fresh = connection(";cacheTtlSeconds=0")) {
        String plan = String.join("\n", Results.read(fresh, "EXPLAIN PLAN FOR " + sql).rows());
        assertThat(plan).contains("RallyUpTableScan").contains("predictedRequests=");
      }
      assertThat(requests())
          .as(sql)
          .hasSizeLessThanOrEqualTo(1)
          .allMatch(r -> r.endsWith("pageSize=1"));
    }
    Results.read(driver, "EXPLAIN PLAN FOR SELECT * FROM campaigns WHERE id = 5");
    assertThat(requests()).isEmpty();
  }

  @Test
  void explainShowsTheRequestAndItsPredictedCost() throws Exception {
    long total = oracleCount("");
    String plan =
        String.join("\n", Results.read(driver, "EXPLAIN PLAN FOR SELECT * FROM donations").rows());
    assertThat(plan)
        .contains("request=[GET " + DONATIONS + "?pageSize=" + PAGE + "]")
        .contains(
            "predictedRequests=[" + (total + PAGE - 1) / PAGE + " (TotalCount " + total + ")]");
    assertThat(requests()).containsExactly(DONATIONS + "?pageIndex=1&pageSize=1");
    // the probe is the request COUNT(*) makes, so the count comes from the cache
    assertSameRows("SELECT COUNT(*) FROM donations");
    assertThat(requests()).isEmpty();
  }

  @Test
  void aQueryOverItsRequestBudgetStopsAfterTheFirstPage() throws Exception {
    try (Connection limited = connection(";maxRequestsPerQuery=3")) {
      assertThatThrownBy(() -> Results.read(limited, "SELECT * FROM donations"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("54000"))
          .hasMessageContaining("more than maxRequestsPerQuery=3")
          .hasMessageContaining("raise maxRequestsPerQuery");
      assertThat(requests()).containsExactly(DONATIONS + "?pageIndex=1&pageSize=" + PAGE);
      assertThat(Results.read(limited, "SELECT COUNT(*) FROM donations").rows()).hasSize(1);
    }
  }
}
