package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Partner tables read without a condition on their required parameter: a join, IN or EXISTS that
 * equates the parameter with another input's column supplies the values (one listing per distinct
 * key), and a table read on its own fans out over the parameter's source (campaigns over
 * organizations, items over campaigns over organizations). Every query answers as H2 does over the
 * sandbox's dump, with the exact number of requests the listings cost. Pages hold 20 records, so
 * the demo organization's 64 campaigns take four pages; the response cache is off, so every listing
 * a statement reads is a request.
 */
class PartnerFanOutTest {
  private static final int PAGE = 20;

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
    driver = partner.connect(";pageSize=" + PAGE + ";cacheTtlSeconds=0");
  }

  @AfterEach
  void disconnect() throws SQLException {
    driver.close();
  }

  /** Runs the query on both engines, compares the rows, and returns the requests it made. */
  private static List<String> sameAsH2(Connection connection, String sql) throws Exception {
    Result expected = Results.read(oracle.connection(), sql);
    Results.read(connection, sql).assertSameAs(expected, false, sql);
    assertThat(expected.rows()).as(sql).isNotEmpty();
    return requests();
  }

  private static List<String> requests() throws Exception {
    return http.requestsSinceReset();
  }

  /** One organizations listing, then every organization's campaigns, page by page. */
  private static int campaignListings() {
    return 1
        + data.organizationIds().stream()
            .mapToInt(org -> PartnerDump.pages(data.campaignIds(org).size(), PAGE))
            .sum();
  }

  private static int itemListings() {
    return campaignListings()
        + data.campaignIds().stream().mapToInt(c -> PartnerDump.pages(data.items(c), PAGE)).sum();
  }

  private static int userListings() {
    return 1
        + data.organizationIds().stream()
            .mapToInt(org -> PartnerDump.pages(data.users(org), PAGE))
            .sum();
  }

  @Test
  void theSandboxHasOrganizationsWithoutCampaignsAndOneWithSeveralPages() {
    assertThat(data.organizationIds()).hasSize(7);
    assertThat(data.organizationIds().stream().filter(o -> data.campaignIds(o).isEmpty()))
        .hasSize(2);
    assertThat(data.organizationIds().stream().filter(o -> data.campaignIds(o).size() > PAGE))
        .hasSize(1);
  }

  @Test
  void selectStarOfEveryParameterTable() throws Exception {
    assertThat(sameAsH2(driver, "SELECT * FROM campaigns")).hasSize(campaignListings());
    assertThat(sameAsH2(driver, "SELECT * FROM org_users")).hasSize(userListings());
    assertThat(sameAsH2(driver, "SELECT * FROM campaign_items")).hasSize(itemListings());
    assertThat(sameAsH2(driver, "SELECT * FROM campaigns_management_pages"))
        .hasSize(campaignListings());
  }

  @Test
  void countStarOfEveryParameterTableCountsEachValue() throws Exception {
    int organizations = data.organizationIds().size();
    assertThat(sameAsH2(driver, "SELECT COUNT(*) FROM campaigns")).hasSize(1 + organizations);
    assertThat(sameAsH2(driver, "SELECT COUNT(*) FROM org_users")).hasSize(1 + organizations);
    assertThat(sameAsH2(driver, "SELECT COUNT(*) FROM campaign_items"))
        .hasSize(campaignListings() + data.campaignIds().size());
  }

  @Test
  void joinToTheParent() throws Exception {
    String sql =
        "SELECT o.name, COUNT(*) FROM organizations o"
            + " JOIN campaigns c ON c.organization_id = o.id GROUP BY o.name";
    // the organizations listed for the join supply the keys: no second listing
    assertThat(sameAsH2(driver, sql)).hasSize(campaignListings());
  }

  /** A table joined with its child table: one fan-out serves both. */
  @Test
  void campaignsWithTheirManagementPagesFanOutOnce() throws Exception {
    String sql =
        "SELECT c.name, c.organization_id, m.name, m.url FROM campaigns c"
            + " JOIN campaigns_management_pages m ON m.id = c.id WHERE m.name <> c.name";
    assertThat(sameAsH2(driver, sql)).hasSize(campaignListings());
  }

  /**
   * A condition on the looked-up table is checked above an inner lookup; in a LEFT JOIN's ON it
   * decides which rows match, so that join stays with Calcite, over the fan-out.
   */
  @Test
  void conditionsOnTheLookedUpTable() throws Exception {
    String inner =
        "SELECT o.name, c.name FROM organizations o JOIN campaigns c ON c.organization_id = o.id"
            + " WHERE c.campaign_status = 'Completed'";
    assertThat(sameAsH2(driver, inner)).hasSize(campaignListings());
    String left =
        "SELECT o.name, c.name FROM organizations o LEFT JOIN campaigns c"
            + " ON c.organization_id = o.id AND c.campaign_status = 'Completed'";
    assertThat(sameAsH2(driver, left)).hasSize(1 + campaignListings());
  }

  @Test
  void leftJoinKeepsOrganizationsWithoutCampaignsOnce() throws Exception {
    String sql =
        "SELECT o.id, c.id FROM organizations o"
            + " LEFT JOIN campaigns c ON c.organization_id = o.id";
    assertThat(sameAsH2(driver, sql)).hasSize(campaignListings());
    String empty = sql + " WHERE c.id IS NULL";
    assertThat(Results.read(driver, empty).rows()).hasSize(2);
    requests();
  }

  @Test
  void inAndExistsSubqueries() throws Exception {
    String in =
        "SELECT COUNT(*) FROM campaigns WHERE organization_id IN (SELECT id FROM organizations)";
    assertThat(sameAsH2(driver, in)).hasSize(campaignListings());
    String exists =
        "SELECT o.id FROM organizations o"
            + " WHERE EXISTS (SELECT 1 FROM org_users u WHERE u.organization_id = o.id)";
    assertThat(sameAsH2(driver, exists)).hasSize(userListings());
  }

  @Test
  void aLiteralKeyBesideAnInSubqueryCostsOneListing() throws Exception {
    long demo = data.organizationIds().get(data.organizationIds().size() - 1);
    List<Long> some = data.organizationIds().stream().filter(o -> o != demo).toList();
    long org = some.stream().filter(o -> !data.campaignIds(o).isEmpty()).findFirst().orElseThrow();
    String sql =
        "SELECT id, name FROM campaigns WHERE organization_id = "
            + org
            + " AND organization_id IN (SELECT id FROM organizations)";
    // the campaigns' one listing, then the sub-query checks its single key by id
    assertThat(sameAsH2(driver, sql))
        .containsExactlyInAnyOrder(
            "/v1/partnerapi/organizations/" + org,
            "/v1/partnerapi/campaigns?includeDonationPages=true&organizationID="
                + org
                + "&pageIndex=1&pageSize=20");
  }

  @Test
  void twoLevelFanOutJoinedBackToItsParents() throws Exception {
    String sql =
        "SELECT o.name, COUNT(i.id) FROM organizations o JOIN campaigns c ON c.organization_id = o.id"
            + " JOIN campaign_items i ON i.campaign_id = c.id GROUP BY o.name";
    assertThat(sameAsH2(driver, sql)).hasSize(itemListings());
  }
}
