package org.rallyupjdbc.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rallyupjdbc.bench.Scenario;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * The contenders answer each scenario as the driver's SQL does, against a sandbox on loopback, and
 * the requests they make are counted by the sandbox. Each scenario reads 20,000 donations, so only
 * the cases that exercise different code are run: the full scan and top donors through the request
 * count and the row-for-row test, sync on the join (all three tables) and on a lookup.
 */
class HarnessContendersTest {
  private static final int PAGE_SIZE = 1000;

  private static Sandbox sandbox;
  private static ApiSession session;
  private static Connection driver;
  private static long campaign;

  @BeforeAll
  static void startSandbox() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    session = ApiSession.logIn(sandbox.baseUrl());
    driver =
        DriverManager.getConnection(
            DriverContender.url(sandbox.baseUrl().toString(), PAGE_SIZE, ""),
            Credentials.ORG_LOGIN,
            Credentials.ORG_SECRET);
    campaign = single("SELECT id FROM campaigns ORDER BY total_supporters DESC, id LIMIT 1");
  }

  @AfterAll
  static void stopSandbox() throws SQLException {
    driver.close();
    session.close();
    sandbox.close();
  }

  @ParameterizedTest
  @EnumSource(
      names = {"MONTH_SLICE", "ONE_CAMPAIGN", "COUNT", "LIMIT", "JOIN_GROUP", "POINT_LOOKUP"})
  void pagerReturnsTheRowsTheSqlReturns(Scenario scenario) throws Exception {
    long expected = DriverContender.drain(driver, scenario.sql(campaign));

    assertThat(new PagerContender(session, scenario, campaign, PAGE_SIZE).run())
        .isEqualTo(expected)
        .isPositive();
  }

  @Test
  void pagerTopDonorsAreTheSqlsRowForRow() throws Exception {
    List<String> sql = new ArrayList<>();
    try (Statement statement = driver.createStatement();
        ResultSet rows = statement.executeQuery(Scenario.TOP_DONORS.sql(campaign))) {
      while (rows.next()) {
        sql.add(rows.getString(1) + "=" + rows.getBigDecimal(2));
      }
    }
    List<?> pager = new PagerContender(session, Scenario.TOP_DONORS, campaign, PAGE_SIZE).answer();

    assertThat(pager.stream().map(Object::toString).toList()).isEqualTo(sql);
    assertThat(((Map.Entry<?, ?>) pager.get(0)).getValue()).isInstanceOf(BigDecimal.class);
  }

  @ParameterizedTest
  @EnumSource(names = {"JOIN_GROUP", "POINT_LOOKUP"})
  void syncThenQueryReturnsTheRowsTheDriverReturns(Scenario scenario) throws Exception {
    long expected = DriverContender.drain(driver, scenario.sql(campaign));

    try (SyncThenQuery sync =
        new SyncThenQuery(session, scenario.tables(), scenario.sql(campaign), PAGE_SIZE)) {
      assertThat(sync.run()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"MONTH_SLICE", "ONE_CAMPAIGN", "POINT_LOOKUP"})
  void limitReadsTheRowsTheSqlSelectsWithTheApisOwnFilters(Scenario scenario) throws Exception {
    long expected = DriverContender.drain(driver, scenario.sql(campaign));

    try (StreamingLimit limit =
        new StreamingLimit(session, StreamingLimit.plan(scenario, campaign, PAGE_SIZE), 4)) {
      assertThat(limit.run()).isEqualTo(expected);
    }
  }

  @Test
  void requestsAreCountedByTheSandbox() throws Exception {
    long donations = single("SELECT COUNT(*) FROM donations");
    long pages = (donations + PAGE_SIZE - 1) / PAGE_SIZE;

    session.resetRequestCount();
    long rows = new PagerContender(session, Scenario.FULL_SCAN, campaign, PAGE_SIZE).run();

    assertThat(rows).isEqualTo(donations);
    assertThat(session.requestCount()).isEqualTo(pages);
    try (StreamingLimit limit =
        new StreamingLimit(session, StreamingLimit.plan(Scenario.COUNT, campaign, PAGE_SIZE), 4)) {
      session.resetRequestCount();
      limit.run();
      assertThat(session.requestCount()).isEqualTo(1);
    }
  }

  private static long single(String sql) throws SQLException {
    try (Statement statement = driver.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
