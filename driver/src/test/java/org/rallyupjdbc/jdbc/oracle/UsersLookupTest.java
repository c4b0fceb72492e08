package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * {@code rallyup.users} can only be read by e-mail address, and no endpoint lists the addresses: a
 * join on the donors' addresses supplies them, one finduser request per distinct non-null address,
 * with the rows H2 gives over the same records.
 */
class UsersLookupTest {
  private static OrgSandbox org;
  private static SandboxHttp http;
  private static H2Oracle oracle;

  @BeforeAll
  static void start() throws Exception {
    org = OrgSandbox.start(SandboxOptions.defaults());
    http = org.http;
    oracle = org.oracle;
  }

  @AfterAll
  static void stop() throws SQLException {
    org.close();
  }

  private static String first(String sql) throws SQLException {
    return org.first(sql);
  }

  @Test
  void aJoinOnTheDonorsAddressesLooksUpEachUserOnce() throws Exception {
    String campaign = first("SELECT MIN(campaign_id) FROM donations");
    // the campaign's first 12 donations: a few donors, some perhaps giving twice
    String last =
        first(
            "SELECT MAX(transaction_id) FROM (SELECT transaction_id FROM donations WHERE"
                + " campaign_id = "
                + campaign
                + " ORDER BY transaction_id LIMIT 12)");
    String where = " WHERE d.campaign_id = " + campaign + " AND d.transaction_id <= " + last;
    String sql =
        "SELECT d.transaction_id, u.user_id, u.email FROM donations d"
            + " JOIN users u ON u.email = d.donor_email"
            + where;
    long emails =
        Long.parseLong(first("SELECT COUNT(DISTINCT donor_email) FROM donations d" + where));
    try (Connection driver = connect()) {
      http.post("/_sandbox/stats/reset");
      Results.Result expected = Results.read(oracle.connection(), sql);
      Results.read(driver, sql).assertSameAs(expected, false, sql);
      assertThat(expected.rows()).isNotEmpty();
      List<String> requests = http.requestsSinceReset();
      assertThat(requests.stream().filter(r -> r.contains("finduser")).count()).isEqualTo(emails);
      long donations =
          Long.parseLong(first("SELECT COUNT(*) FROM donations WHERE campaign_id = " + campaign));
      assertThat(requests.stream().filter(r -> !r.contains("finduser")))
          .hasSize(PartnerDump.pages((int) donations, 100))
          .allMatch(r -> r.startsWith("/v2/api/listdonations?campaignId=" + campaign + "&"));
    }
  }

  /**
   * More donors than one batch of keys: the outer rows are read in batches (16 keys, then 32...),
   * and an address seen in an earlier batch is not looked up again.
   */
  @Test
  void manyDonorsAreLookedUpInBatchesOnceEach() throws Exception {
    String campaign =
        first(
            "SELECT campaign_id FROM donations GROUP BY campaign_id"
                + " HAVING COUNT(DISTINCT donor_email) > 40 ORDER BY campaign_id LIMIT 1");
    String sql =
        "SELECT d.transaction_id, u.user_id, u.email FROM donations d"
            + " JOIN users u ON u.email = d.donor_email WHERE d.campaign_id = "
            + campaign;
    long emails =
        Long.parseLong(
            first(
                "SELECT COUNT(DISTINCT donor_email) FROM donations WHERE campaign_id = "
                    + campaign));
    try (Connection driver = connect()) {
      http.post("/_sandbox/stats/reset");
      Results.read(driver, sql).assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      assertThat(http.requestsSinceReset().stream().filter(r -> r.contains("finduser")).count())
          .isEqualTo(emails);
    }
  }

  /** A consumer that stops early stops the lookups: one batch of addresses, not every donor's. */
  @Test
  void maxRowsStopsTheLookupsAfterTheFirstBatch() throws Exception {
    String sql =
        "SELECT d.transaction_id, u.user_id, u.email FROM donations d"
            + " JOIN users u ON u.email = d.donor_email";
    List<String> all = Results.read(oracle.connection(), sql).rows();
    try (Connection driver = connect();
        Statement statement = driver.createStatement()) {
      statement.setMaxRows(5);
      http.post("/_sandbox/stats/reset");
      List<String> rows;
      try (ResultSet result = statement.executeQuery(sql)) {
        rows = Results.render(result).rows();
      }
      assertThat(rows).hasSize(5);
      assertThat(all).containsAll(rows);
      assertThat(http.requestsSinceReset().stream().filter(r -> r.contains("finduser")))
          .hasSizeLessThanOrEqualTo(16);
    }
  }

  private static Connection connect() throws SQLException {
    return org.connect(";cacheTtlSeconds=0");
  }
}
