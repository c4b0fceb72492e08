package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * {@code pushdown=false} reads tables whole and leaves conditions, LIMIT, COUNT(*) and joins to the
 * SQL engine, with the same rows as H2; only a parameter a table cannot be read without is still
 * sent.
 */
class PushdownOffTest {
  private static final int PAGE_SIZE = 1000;
  private static OrgSandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox = OrgSandbox.start(SandboxOptions.defaults());
  }

  @AfterAll
  static void stop() throws SQLException {
    sandbox.close();
  }

  /** The requests of {@code sql} with pushdown off, after checking its rows against H2. */
  private static List<String> requests(String sql) throws Exception {
    return sandbox.requestsOfSameAsH2(
        ";cacheTtlSeconds=0;pushdown=false;pageSize=" + PAGE_SIZE, sql);
  }

  private static int donationPages() throws SQLException {
    return PartnerDump.pages(
        Integer.parseInt(sandbox.first("SELECT COUNT(*) FROM donations")), PAGE_SIZE);
  }

  @Test
  void conditionsAndCountsAreLeftToTheEngine() throws Exception {
    String campaign =
        sandbox.first("SELECT campaign_id FROM donations ORDER BY transaction_id LIMIT 1");
    List<String> requests =
        requests(
            "SELECT COUNT(*) FROM donations WHERE campaign_id = "
                + campaign
                + " AND transaction_created_date >= TIMESTAMP '2025-01-01 00:00:00'");
    assertThat(requests)
        .hasSize(donationPages())
        .noneMatch(r -> r.contains("campaignId=") || r.contains("startDate="));
  }

  @Test
  void aTableAndItsChildTableAreReadSeparately() throws Exception {
    List<String> requests =
        requests(
            "SELECT d.campaign_id, COUNT(*) FROM donations d JOIN donations_items i"
                + " ON i.transaction_id = d.transaction_id GROUP BY d.campaign_id");
    assertThat(requests).hasSize(2 * donationPages());
  }

  @Test
  void aParameterTheTableNeedsIsStillSent() throws Exception {
    String email = sandbox.first("SELECT email FROM users ORDER BY email LIMIT 1");
    String sql = "SELECT * FROM users WHERE email = " + email;
    assertThat(requests(sql)).hasSize(1).allMatch(r -> r.startsWith("/v2/api/finduser/"));
  }
}
