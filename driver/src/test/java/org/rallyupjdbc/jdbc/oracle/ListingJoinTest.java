package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.Results;

/**
 * A join of a table with its child table reads their shared listing once, with the cache off, in
 * either order and with conditions and expressions on both sides; the rows are those H2 gives over
 * the same records. Joins that are not on the child's key, or keep parents without children, are
 * left to Calcite and still give H2's rows.
 */
class ListingJoinTest {
  private static final int PAGE_SIZE = 100;
  private static OrgSandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox = OrgSandbox.start(SandboxOptions.defaults());
  }

  @AfterAll
  static void stop() throws SQLException {
    sandbox.close();
  }

  /** The listing requests of {@code sql}, after checking its rows against H2. */
  private static List<String> listingRequests(String sql) throws Exception {
    return sandbox.requestsOfSameAsH2(";cacheTtlSeconds=0;pageSize=" + PAGE_SIZE, sql).stream()
        .filter(r -> r.contains("listdonations"))
        .toList();
  }

  private static int donationPages(String where) throws SQLException {
    return PartnerDump.pages(
        Integer.parseInt(sandbox.first("SELECT COUNT(*) FROM donations" + where)), PAGE_SIZE);
  }

  private static String campaignWithMostDonations() throws SQLException {
    return sandbox.first(
        "SELECT campaign_id FROM donations GROUP BY campaign_id"
            + " ORDER BY COUNT(*) DESC, campaign_id LIMIT 1");
  }

  @Test
  void donationsWithTheirItemsReadTheListingOnce() throws Exception {
    String sql =
        "SELECT c.name, COUNT(*) AS item_lines, SUM(i.quantity) AS units,"
            + " SUM(i.price * i.quantity) AS item_total"
            + " FROM donations d"
            + " JOIN donations_items i ON i.transaction_id = d.transaction_id"
            + " JOIN campaigns c ON c.id = d.campaign_id"
            + " WHERE d.is_refunded = FALSE"
            + " GROUP BY c.name";
    List<String> requests = listingRequests(sql);
    assertThat(requests).hasSize(donationPages("")).doesNotHaveDuplicates();
  }

  @Test
  void theChildFirstWithConditionsOnBothSidesReadsTheNarrowedListingOnce() throws Exception {
    String campaign = campaignWithMostDonations();
    String sql =
        "SELECT d.transaction_id, d.donor_email, i.name, i.quantity"
            + " FROM donations_items i JOIN donations d ON d.transaction_id = i.transaction_id"
            + " WHERE d.campaign_id = "
            + campaign
            + " AND i.quantity > 1";
    List<String> requests = listingRequests(sql);
    assertThat(requests)
        .hasSize(donationPages(" WHERE campaign_id = " + campaign))
        .allMatch(r -> r.contains("campaignId=" + campaign));
  }

  @Test
  void expressionsAndFiltersInsideTheJoinedQueriesAreKept() throws Exception {
    String sql =
        "SELECT d.e, i.t, i.q FROM"
            + " (SELECT transaction_id AS t, quantity * 2 AS q FROM donations_items"
            + "  WHERE price > 10) i"
            + " JOIN (SELECT transaction_id, UPPER(donor_email) AS e FROM donations"
            + "  WHERE is_refunded) d"
            + " ON i.t = d.transaction_id AND i.q > 2";
    assertThat(listingRequests(sql)).hasSize(donationPages(""));
  }

  @Test
  void theUsingFormReadsTheListingOnce() throws Exception {
    String sql =
        "SELECT d.transaction_id, d.campaign_type, i.item_id, i.name"
            + " FROM donations d JOIN donations_items i USING (transaction_id)";
    assertThat(listingRequests(sql)).hasSize(donationPages(""));
  }

  @Test
  void explainShowsOneScanOfBoth() throws Exception {
    String plan;
    try (Connection driver = sandbox.connect(";cacheTtlSeconds=0")) {
      plan =
          Results.read(
                  driver,
                  "EXPLAIN PLAN FOR SELECT d.campaign_id, i.name FROM donations d"
                      + " JOIN donations_items i ON i.transaction_id = d.transaction_id")
              .rows()
              .get(0);
    }
    assertThat(plan.split("RallyUpTableScan", -1)).hasSize(2);
    assertThat(plan)
        .contains("table=[[rallyup, donations JOIN donations_items]]")
        .contains("columns=[donations.campaign_id, donations_items.name]")
        .doesNotContain("Join(");
  }

  @Test
  void otherJoinsOfTheSameTablesKeepTheirMeaning() throws Exception {
    // parents without items stay in a left join; an equality on other columns is no unnesting
    for (String sql :
        List.of(
            "SELECT d.transaction_id, i.item_id FROM donations d"
                + " LEFT JOIN donations_items i ON i.transaction_id = d.transaction_id",
            "SELECT COUNT(*) FROM donations d JOIN donations_items i"
                + " ON i.item_id = d.campaign_id",
            "SELECT COUNT(*) FROM donations d JOIN donations_items i"
                + " ON i.transaction_id = d.transaction_id + 1")) {
      assertThat(listingRequests(sql)).hasSize(2 * donationPages(""));
    }
  }
}
