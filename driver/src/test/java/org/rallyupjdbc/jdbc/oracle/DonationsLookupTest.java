package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;

/**
 * {@code donations} takes an optional campaign parameter: a join from a few campaigns reads only
 * their listings, a join from all campaigns reads the whole listing once, and an API that ignores
 * the parameter costs one listing, never one per campaign. Rows are always those H2 gives over the
 * same records.
 */
class DonationsLookupTest {
  private static final int PAGE_SIZE = 100;
  private static OrgSandbox sandbox;
  private static OrgSandbox ignoring;
  private static H2Oracle oracle;

  @BeforeAll
  static void start() throws Exception {
    sandbox = OrgSandbox.start(SandboxOptions.defaults());
    ignoring = OrgSandbox.start(SandboxOptions.defaults().withIgnoreListFilters(true));
    oracle = sandbox.oracle;
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      sandbox.close();
    } finally {
      ignoring.close();
    }
  }

  private static String first(String sql) throws SQLException {
    return sandbox.first(sql);
  }

  private static Connection connect(OrgSandbox target) throws SQLException {
    return target.connect(";cacheTtlSeconds=0;pageSize=" + PAGE_SIZE);
  }

  /** Three campaigns with donations, the largest first, as an IN list. */
  private static String threeCampaigns() throws SQLException {
    List<String> ids =
        Results.read(
                oracle.connection(),
                "SELECT campaign_id FROM donations GROUP BY campaign_id"
                    + " ORDER BY COUNT(*) DESC, campaign_id LIMIT 3")
            .rows();
    return String.join(", ", ids);
  }

  private static String joinOf(String campaigns) {
    return "SELECT c.id, c.name, d.transaction_id, d.transaction_gross_amount_value"
        + " FROM campaigns c JOIN donations d ON d.campaign_id = c.id WHERE c.id IN ("
        + campaigns
        + ")";
  }

  private static int donationPages(String where) throws SQLException {
    return PartnerDump.pages(
        Integer.parseInt(first("SELECT COUNT(*) FROM donations" + where)), PAGE_SIZE);
  }

  @Test
  void aJoinFromThreeCampaignsReadsTheirThreeListings() throws Exception {
    String campaigns = threeCampaigns();
    String sql = joinOf(campaigns);
    SandboxHttp http = sandbox.http;
    try (Connection driver = connect(sandbox)) {
      http.post("/_sandbox/stats/reset");
      Results.read(driver, sql).assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      List<String> requests = http.requestsSinceReset();
      int listings = 0;
      for (String id : campaigns.split(", ")) {
        listings += donationPages(" WHERE campaign_id = " + id);
        assertThat(requests).anyMatch(r -> r.startsWith("/v2/api/listdonations?campaignId=" + id));
      }
      assertThat(requests.stream().filter(r -> r.contains("listdonations"))).hasSize(listings);
      assertThat(requests.stream().filter(r -> !r.contains("listdonations")))
          .hasSize(3)
          .allMatch(r -> r.startsWith("/v2/api/campaign/"));
    }
  }

  @Test
  void anApiIgnoringTheCampaignParameterCostsOneListing() throws Exception {
    String sql = joinOf(threeCampaigns());
    SandboxHttp http = ignoring.http;
    try (Connection driver = connect(ignoring);
        Statement statement = driver.createStatement()) {
      http.post("/_sandbox/stats/reset");
      Results.Result rows;
      try (ResultSet result = statement.executeQuery(sql)) {
        rows = Results.render(result);
      }
      rows.assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      assertThat(http.requestsSinceReset().stream().filter(r -> r.contains("listdonations")))
          .hasSize(donationPages(""));
      SQLWarning warning = statement.getWarnings();
      assertThat((Throwable) warning).isNotNull();
      assertThat(warning.getMessage()).contains("ignored parameter campaignId");
    }
  }

  @Test
  void aJoinFromEveryCampaignReadsTheListingOnce() throws Exception {
    String sql =
        "SELECT c.name, COUNT(*), SUM(d.transaction_gross_amount_value) FROM campaigns c"
            + " JOIN donations d ON d.campaign_id = c.id GROUP BY c.name";
    SandboxHttp http = sandbox.http;
    try (Connection driver = connect(sandbox)) {
      http.post("/_sandbox/stats/reset");
      Results.read(driver, sql).assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      List<String> donations =
          http.requestsSinceReset().stream().filter(r -> r.contains("listdonations")).toList();
      assertThat(donations).hasSize(donationPages("")).noneMatch(r -> r.contains("campaignId="));
    }
  }

  /** The other way round: one campaign's donations look their campaign up by id, once. */
  @Test
  void donationsOfOneCampaignLookTheirCampaignUpById() throws Exception {
    String campaign = threeCampaigns().split(", ")[0];
    String sql =
        "SELECT d.transaction_id, c.name FROM donations d JOIN campaigns c ON c.id = d.campaign_id"
            + " WHERE d.campaign_id = "
            + campaign;
    SandboxHttp http = sandbox.http;
    try (Connection driver = connect(sandbox)) {
      http.post("/_sandbox/stats/reset");
      Results.read(driver, sql).assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      List<String> requests = http.requestsSinceReset();
      assertThat(requests.stream().filter(r -> !r.contains("listdonations")))
          .containsExactly("/v2/api/campaign/" + campaign);
      assertThat(requests).hasSize(1 + donationPages(" WHERE campaign_id = " + campaign));
    }
  }
}
