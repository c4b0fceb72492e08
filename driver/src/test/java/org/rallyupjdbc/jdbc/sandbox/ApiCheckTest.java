package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rallyupjdbc.check.ApiCheck;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * The self-check against the sandbox in its default mode (every assumption holds) and in each mode
 * that breaks one: it finds the difference, stays within its request bound, and the catalog
 * override it writes makes the driver work where anything can.
 */
class ApiCheckTest {
  /** Reads every page: a plain COUNT(*) would take the listing's TotalCount from one page. */
  private static final String SCAN = "SELECT COUNT(DISTINCT transaction_id) FROM donations";

  @TempDir Path dir;

  /** One finding: table, aspect, found, differs. */
  record Row(String table, String aspect, String found, boolean differs, int requests) {}

  /** What one check of a sandbox gave. */
  record Checked(List<Row> rows, Path override, String report, String url) {
    List<Row> differences() {
      return rows.stream().filter(Row::differs).toList();
    }

    Connection connect(boolean withOverride) throws SQLException {
      return DriverManager.getConnection(
          url + (withOverride ? ";catalog=" + override : ""), SandboxHttp.login(Api.ORGANIZATION));
    }
  }

  private Checked check(Sandbox sandbox) throws Exception {
    String url = "jdbc:rallyup:baseUrl=" + sandbox.baseUrl();
    List<Row> rows = new ArrayList<>();
    Path override = dir.resolve("override.json");
    String report;
    try (Connection connection =
            DriverManager.getConnection(url, SandboxHttp.login(Api.ORGANIZATION));
        Statement statement = connection.createStatement()) {
      try (ResultSet result =
          statement.executeQuery(
              "SELECT table_name, aspect, found, differs, requests FROM rallyup_meta.api_check")) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getBoolean(4),
                  result.getInt(5)));
        }
      }
      try (ResultSet result =
          statement.executeQuery(
              "SELECT catalog_json, report FROM rallyup_meta.api_check_catalog")) {
        assertThat(result.next()).isTrue();
        Files.writeString(override, result.getString(1));
        report = result.getString(2);
      }
    }
    for (Row row : rows) {
      assertThat(row.requests())
          .as(row.toString())
          .isLessThanOrEqualTo(ApiCheck.MAX_REQUESTS_PER_TABLE + 3);
    }
    return new Checked(rows, override, report, url);
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void theDefaultSandboxConfirmsEveryAssumption() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      Checked checked = check(sandbox);
      assertThat(checked.differences()).isEmpty();
      assertThat(checked.rows())
          .extracting(Row::table)
          .contains("rallyup.donations", "rallyup.campaigns", "rallyup.transaction_items");
      assertThat(checked.rows())
          .filteredOn(r -> r.table().equals("rallyup.donations"))
          .extracting(Row::aspect, Row::found)
          .contains(
              Tuple.tuple("paging", "pageIndex/pageSize"),
              Tuple.tuple("largest page size", "1000"),
              Tuple.tuple("filter campaignId", "filters"),
              Tuple.tuple("filter startDate", "filters"));
      assertThat(checked.rows())
          .filteredOn(r -> r.table().equals("rallyup.transaction_items"))
          .filteredOn(r -> r.aspect().equals("history"))
          .singleElement()
          .extracting(Row::found)
          .asString()
          .matches("13319 records, transaction_date from 2023-\\S+ to 2025-\\S+");
      assertThat(checked.report()).contains("0 differences");
      Map<String, Integer> requests = new TreeMap<>();
      checked.rows().forEach(r -> requests.put(r.table(), r.requests()));
      assertThat(requests).containsEntry("rallyup.donations", 6).containsEntry("rallyup.teams", 1);
      int total = requests.values().stream().mapToInt(Integer::intValue).sum();
      // the costs docs/real-api.md states are the ones measured here
      assertThat(Files.readString(Path.of("..", "docs", "real-api.md")).replaceAll("\\s+", " "))
          .contains("at most " + ApiCheck.MAX_REQUESTS_PER_TABLE + " requests per table")
          .contains(total + " requests for the organization API");
      try (Connection driver = checked.connect(true)) {
        assertThat(count(driver, "SELECT COUNT(*) FROM donations")).isEqualTo(20_000);
      }
    }
  }

  @Test
  void otherPagingNamesAreFoundAndTheOverrideMakesPagingWork() throws Exception {
    SandboxOptions options =
        SandboxOptions.defaults().withPageIndexParam("page").withPageSizeParam("limit");
    try (Sandbox sandbox = Sandbox.start(options)) {
      Checked checked = check(sandbox);
      assertThat(checked.differences())
          .extracting(Row::table, Row::aspect, Row::found)
          .contains(
              Tuple.tuple("rallyup.donations", "paging", "page/limit"),
              Tuple.tuple("rallyup.campaigns", "paging", "page/limit"));
      try (Connection driver = checked.connect(false)) {
        assertThatThrownBy(() -> count(driver, SCAN))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("paging");
      }
      try (Connection driver = checked.connect(true)) {
        assertThat(count(driver, SCAN)).isEqualTo(20_000);
        assertThat(count(driver, "SELECT COUNT(*) FROM campaigns")).isEqualTo(64);
      }
    }
  }

  @Test
  void aSmallerLargestPageIsFoundAndTheOverrideAsksForNoMore() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withMaxPageSize(250))) {
      Checked checked = check(sandbox);
      assertThat(checked.differences())
          .extracting(Row::table, Row::aspect, Row::found)
          .contains(Tuple.tuple("rallyup.donations", "largest page size", "250"));
      try (Connection driver =
          DriverManager.getConnection(
              checked.url() + ";pageSize=1000;catalog=" + checked.override(),
              SandboxHttp.login(Api.ORGANIZATION))) {
        assertThat(count(driver, SCAN)).isEqualTo(20_000);
        assertThat(strings(driver, "SELECT DISTINCT target FROM rallyup_meta.requests"))
            .allMatch(target -> !target.contains("pageSize=") || target.contains("pageSize=250"))
            .anyMatch(target -> target.contains("pageIndex=80&pageSize=250"));
      }
    }
  }

  @Test
  void ignoredListFiltersAreFoundAndTheOverrideStopsSendingThem() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withIgnoreListFilters(true))) {
      Checked checked = check(sandbox);
      assertThat(checked.differences())
          .extracting(Row::aspect)
          .containsExactlyInAnyOrder("filter startDate", "filter endDate", "filter campaignId");
      try (Connection driver = checked.connect(true)) {
        long campaign = count(driver, "SELECT MIN(id) FROM campaigns");
        long some = count(driver, "SELECT COUNT(*) FROM donations WHERE campaign_id = " + campaign);
        assertThat(some).isPositive().isLessThan(20_000);
        assertThat(
                count(
                    driver,
                    "SELECT COUNT(*) FROM rallyup_meta.requests WHERE target LIKE '%campaignId=%'"))
            .isZero();
      }
    }
  }

  @Test
  void ignoredPagingIsFoundAndReported() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withIgnorePaging(true))) {
      Checked checked = check(sandbox);
      assertThat(checked.differences())
          .extracting(Row::table, Row::aspect)
          .contains(
              Tuple.tuple("rallyup.donations", "paging"),
              Tuple.tuple("rallyup.campaigns", "paging"));
      assertThat(checked.report())
          .contains("ignored: every request is answered with page 1 of 100");
      try (Connection driver = checked.connect(true)) {
        assertThat(
                count(
                    driver,
                    "SELECT COUNT(*) FROM (SELECT transaction_id FROM donations"
                        + " FETCH FIRST 50 ROWS ONLY)"))
            .isEqualTo(50);
        assertThatThrownBy(() -> count(driver, SCAN))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("paging");
      }
    }
  }

  @Test
  void otherVersionPrefixesAreFoundAndTheOverrideAsksThemFirst() throws Exception {
    SandboxOptions options = SandboxOptions.defaults().withOrgPrefix("v1").withJenticPaths(true);
    try (Sandbox sandbox = Sandbox.start(options)) {
      Checked checked = check(sandbox);
      assertThat(checked.differences())
          .extracting(Row::table, Row::found)
          .contains(
              Tuple.tuple("rallyup.donations", "/v1/api/listdonations"),
              Tuple.tuple("rallyup.sweepstakes_winners", "/v1/api/sweepstakesWinners"),
              Tuple.tuple("rallyup.auction_winners", "/v2/api/auctionWinners"));
      try (Connection driver = checked.connect(true)) {
        assertThat(count(driver, "SELECT COUNT(*) FROM campaigns")).isEqualTo(64);
        assertThat(count(driver, "SELECT COUNT(*) FROM sweepstakes_winners")).isEqualTo(13);
        assertThat(strings(driver, "SELECT target FROM rallyup_meta.requests WHERE status = 404"))
            .isEmpty();
      }
    }
  }
}
