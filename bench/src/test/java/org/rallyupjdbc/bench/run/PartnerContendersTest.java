package org.rallyupjdbc.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
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
 * The partner fan-out's four contenders, set up as the child JVM sets them up, return the rows of
 * {@code SELECT * FROM partner.campaigns} with the same requests: one per organizations page, then
 * one per page of each organization's campaigns (one for an organization without any). Pages hold
 * 20 records, so the demo organization's campaigns take several pages.
 */
class PartnerContendersTest {
  private static final int PAGE_SIZE = 20;

  private static Sandbox sandbox;
  private static ApiSession session;
  private static Connection driver;

  @BeforeAll
  static void startSandbox() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    session = ApiSession.logInPartner(sandbox.baseUrl());
    driver =
        DriverManager.getConnection(
            DriverContender.url(sandbox.baseUrl().toString(), PAGE_SIZE, "partner=true"),
            Credentials.PARTNER_LOGIN,
            Credentials.PARTNER_SECRET);
  }

  @AfterAll
  static void stopSandbox() throws SQLException {
    driver.close();
    session.close();
    sandbox.close();
  }

  @ParameterizedTest
  @EnumSource(ContenderKind.class)
  void everyContenderReturnsTheCampaignsWithTheSameRequests(ContenderKind kind) throws Exception {
    long campaigns = count("SELECT COUNT(*) FROM partner.campaigns");

    try (Contender contender = ContenderMain.create(task(kind), session)) {
      session.resetRequestCount();
      long rows = contender.run();

      assertThat(rows).isEqualTo(campaigns).isGreaterThan(PAGE_SIZE);
      assertThat(session.requestCount()).isEqualTo(listings());
    }
  }

  @Test
  void theDriverKeepsTheLimitsConcurrencyUnlessTheCommandLineSaysOtherwise() {
    assertThat(PartnerDriver.properties(4, "")).isEqualTo("partner=true;maxConcurrentRequests=4");
    assertThat(PartnerDriver.properties(8, "cacheTtlSeconds=0"))
        .isEqualTo("partner=true;maxConcurrentRequests=8;cacheTtlSeconds=0");
  }

  @Test
  void thePagerReadsEveryOrganizationsCampaignsOnce() throws Exception {
    List<Long> ids =
        new PartnerPager(session, PAGE_SIZE).answer().stream().map(c -> c.id()).toList();

    assertThat(ids)
        .doesNotHaveDuplicates()
        .hasSize(
            (int) campaignsByOrganization().values().stream().mapToLong(Long::longValue).sum());
  }

  private static ChildTask task(ContenderKind kind) {
    return new ChildTask(
        kind,
        Scenario.PARTNER_FAN_OUT,
        sandbox.baseUrl().toString(),
        PAGE_SIZE,
        4,
        1,
        0,
        0,
        "cacheTtlSeconds=0",
        null,
        ProcessHandle.current().pid());
  }

  /** One organizations page, then each organization's campaign pages (at least one). */
  private static long listings() throws SQLException {
    Map<Long, Long> byOrganization = campaignsByOrganization();
    long requests = 0;
    try (Statement statement = driver.createStatement();
        ResultSet organizations = statement.executeQuery("SELECT id FROM partner.organizations")) {
      while (organizations.next()) {
        long campaigns = byOrganization.getOrDefault(organizations.getLong(1), 0L);
        requests += Math.max(1, (campaigns + PAGE_SIZE - 1) / PAGE_SIZE);
      }
    }
    assertThat(byOrganization.values()).anyMatch(campaigns -> campaigns > PAGE_SIZE);
    return 1 + requests;
  }

  private static Map<Long, Long> campaignsByOrganization() throws SQLException {
    Map<Long, Long> counts = new HashMap<>();
    try (Statement statement = driver.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT organization_id, COUNT(*) FROM partner.campaigns"
                    + " GROUP BY organization_id")) {
      while (rows.next()) {
        counts.put(rows.getLong(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static long count(String sql) throws SQLException {
    try (Statement statement = driver.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
