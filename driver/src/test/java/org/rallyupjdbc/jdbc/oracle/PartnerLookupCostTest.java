package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;

/**
 * What browsing a fanned-out partner table costs (DBeaver opens a table with {@code
 * setMaxRows(200)}), what EXPLAIN says about a lookup and a fan-out, and that NOT EXISTS keeps
 * exactly the organizations without users. Pages hold 100 records, as by default.
 */
class PartnerLookupCostTest {
  private static PartnerSandbox partner;
  private static SandboxHttp http;
  private static H2Oracle oracle;
  private static PartnerDump data;
  private Connection driver;

  @BeforeAll
  static void start() throws Exception {
    partner = PartnerSandbox.start();
    http = partner.http;
    oracle = partner.oracle;
    data = partner.data;
  }

  @AfterAll
  static void stop() throws SQLException {
    partner.close();
  }

  @BeforeEach
  void connect() throws Exception {
    driver = partner.connect(";cacheTtlSeconds=0");
  }

  @AfterEach
  void disconnect() throws SQLException {
    driver.close();
  }

  private List<String> browse(String sql, int maxRows) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement statement = driver.createStatement()) {
      statement.setMaxRows(maxRows);
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          ids.add(rows.getString("id"));
        }
      }
    }
    return ids;
  }

  /**
   * 200 campaigns need the organizations listing and the campaigns of the organizations that hold
   * them, plus at most the listings already in flight when the 200th row came.
   */
  @Test
  void browsingCampaignsWithMaxRowsReadsOnlyTheParentsItNeeds() throws Exception {
    List<String> rows = browse("SELECT * FROM campaigns", 200);
    List<String> all =
        data.organizationIds().stream()
            .flatMap(org -> data.campaignIds(org).stream())
            .map(String::valueOf)
            .toList();
    assertThat(rows).containsExactlyElementsOf(all.subList(0, Math.min(200, all.size())));
    int organizations = data.organizationIds().size();
    assertThat(http.requestsSinceReset()).hasSizeLessThanOrEqualTo(1 + organizations);
  }

  @Test
  void browsingCampaignItemsWithMaxRowsStopsEarly() throws Exception {
    List<String> rows = browse("SELECT * FROM campaign_items", 200);
    assertThat(rows).hasSize(200).doesNotHaveDuplicates();
    int needed = 0;
    int campaigns = 0;
    for (long campaign : data.campaignIds()) {
      campaigns++;
      needed += data.items(campaign);
      if (needed >= 200) {
        break;
      }
    }
    List<String> requests = http.requestsSinceReset();
    long itemRequests = requests.stream().filter(r -> r.contains("campaignitems")).count();
    // the campaigns holding the 200 rows, plus at most four listings already in flight
    assertThat(itemRequests).isBetween((long) campaigns, (long) campaigns + 4);
    // one organizations listing and at most one campaigns page per organization
    assertThat(requests.size() - itemRequests)
        .isLessThanOrEqualTo(1 + data.organizationIds().size());
  }

  @Test
  void notExistsKeepsTheOrganizationsWithoutUsers() throws Exception {
    String sql =
        "SELECT o.id FROM organizations o"
            + " WHERE NOT EXISTS (SELECT 1 FROM org_users u WHERE u.organization_id = o.id)";
    Results.Result expected = Results.read(oracle.connection(), sql);
    Results.read(driver, sql).assertSameAs(expected, false, sql);
    assertThat(expected.rows()).hasSize(2);
    // one users listing per organization; Calcite's rewrite of NOT EXISTS reads the organizations
    // twice
    List<String> requests = http.requestsSinceReset();
    assertThat(requests.stream().filter(r -> r.contains("listorgusers")))
        .hasSize(data.organizationIds().size());
    assertThat(requests.stream().filter(r -> r.contains("/organizations"))).hasSize(2);
  }

  /** Seven organizations cannot be looked up within a budget of five requests: none is tried. */
  @Test
  void aLookupOverTooManyKeysStopsBeforeItsRequests() throws Exception {
    try (Connection small = partner.connect(";maxRequestsPerQuery=5")) {
      http.requestsSinceReset();
      String sql =
          "SELECT o.name, c.name FROM organizations o JOIN campaigns c ON c.organization_id = o.id";
      assertThatThrownBy(() -> Results.read(small, sql))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("54000"))
          .hasMessageContaining("one request per distinct key for partner.campaigns, 7 keys");
    }
    assertThat(http.requestsSinceReset())
        .containsExactly("/v1/partnerapi/organizations?pageIndex=1&pageSize=100");
  }

  /**
   * Once EXPLAIN has read the organizations' TotalCount, a fan-out over seven organizations is
   * known to need more than five requests, and stops before its first.
   */
  @Test
  void aFanOutOverAKnownNumberOfParentsStopsBeforeItsRequests() throws Exception {
    try (Connection small = partner.connect(";maxRequestsPerQuery=5")) {
      try (Statement statement = small.createStatement();
          ResultSet plan = statement.executeQuery("EXPLAIN PLAN FOR SELECT * FROM campaigns")) {
        plan.next();
      }
      http.requestsSinceReset();
      assertThatThrownBy(() -> Results.read(small, "SELECT * FROM campaigns"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("54000"))
          .hasMessageContaining("then one request for each of its 7 rows");
    }
    assertThat(http.requestsSinceReset()).isEmpty();
  }

  /** Lookups and fan-out listings run on other threads, and are logged under their statement. */
  @Test
  void everyLookupIsLoggedUnderItsStatement() throws Exception {
    String sql =
        "SELECT o.name, COUNT(i.id) FROM organizations o JOIN campaigns c ON c.organization_id ="
            + " o.id JOIN campaign_items i ON i.campaign_id = c.id GROUP BY o.name";
    Results.read(driver, sql);
    int served = http.requestsSinceReset().size();
    assertThat(
            Results.read(
                    driver,
                    "SELECT COUNT(*), COUNT(DISTINCT statement_id), MIN(statement_id) > 0"
                        + " FROM rallyup_meta.requests WHERE NOT cache_hit")
                .rows())
        .containsExactly(served + " | 1 | true");
  }

  @Test
  void explainShowsTheLookupAndTheFanOut() throws Exception {
    String lookup =
        explain(
            "SELECT o.name, COUNT(*) FROM organizations o"
                + " JOIN campaigns c ON c.organization_id = o.id GROUP BY o.name");
    assertThat(lookup)
        .contains("RallyUpLookupJoin(table=[partner.campaigns], joinType=[inner]")
        .contains("organizationID={key}")
        .contains("per distinct non-null key");
    String fanOut = explain("SELECT * FROM campaigns");
    assertThat(fanOut)
        .contains("fan-out over partner.organizations.id")
        .contains(
            "predictedRequests=[at least "
                + (1 + data.organizationIds().size())
                + " (1 for partner.organizations, then one or more pages for each of its "
                + data.organizationIds().size()
                + " values)]");
  }

  private String explain(String sql) throws SQLException {
    try (Statement statement = driver.createStatement();
        ResultSet plan = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      plan.next();
      return plan.getString(1);
    }
  }
}
