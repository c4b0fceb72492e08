package org.rallyupjdbc.bench;

import java.util.List;

/**
 * One query of the fixed scenario list: its SQL (the campaign is filled in at run time) and the
 * tables it reads. The month of the slice is fixed: June 2025 lies inside the sandbox's data at
 * every seed.
 */
public enum Scenario {
  FULL_SCAN("full-scan", "SELECT * FROM donations", List.of("donations")),
  MONTH_SLICE(
      "month-slice",
      "SELECT * FROM donations WHERE transaction_created_date >= TIMESTAMP '2025-06-01 00:00:00'"
          + " AND transaction_created_date < TIMESTAMP '2025-07-01 00:00:00'",
      List.of("donations")),
  ONE_CAMPAIGN(
      "one-campaign",
      "SELECT * FROM donations WHERE campaign_id = {campaign}",
      List.of("donations")),
  TOP_DONORS(
      "top-donors",
      "SELECT donor_email, SUM(transaction_gross_amount_value) AS total FROM donations"
          + " GROUP BY donor_email ORDER BY total DESC, donor_email LIMIT 10",
      List.of("donations")),
  COUNT("count", "SELECT COUNT(*) FROM donations", List.of("donations")),
  LIMIT("limit-20", "SELECT * FROM donations LIMIT 20", List.of("donations")),
  JOIN_GROUP(
      "join-group",
      "SELECT c.name, COUNT(*) AS item_lines, SUM(i.quantity) AS units,"
          + " SUM(i.price * i.quantity) AS item_total"
          + " FROM donations d"
          + " JOIN donations_items i ON i.transaction_id = d.transaction_id"
          + " JOIN campaigns c ON c.id = d.campaign_id"
          + " WHERE d.is_refunded = FALSE"
          + " GROUP BY c.name ORDER BY item_total DESC, c.name",
      List.of("donations", "donations_items", "campaigns")),
  /**
   * Not in the list: one request either way, so the driver's time over the limit's is what
   * planning and execution add to a repeated statement shape.
   */
  POINT_LOOKUP(
      "point-lookup", "SELECT * FROM campaigns WHERE id = {campaign}", List.of("campaigns")),
  /**
   * Partner API, partner login: every organization's campaigns, read by listing the organizations
   * and then each one's campaigns (a fan-out over the parent listing).
   */
  PARTNER_FAN_OUT(
      "partner-fan-out",
      "SELECT * FROM partner.campaigns",
      List.of("partner.organizations", "partner.campaigns"));

  /** First day of the month-slice scenario, as the API's date parameters spell it. */
  public static final String MONTH_FIRST_DAY = "2025-06-01";

  /** Last day of the month-slice scenario. */
  public static final String MONTH_LAST_DAY = "2025-06-30";

  private final String id;
  private final String sqlTemplate;
  private final List<String> tables;

  Scenario(String id, String sqlTemplate, List<String> tables) {
    this.id = id;
    this.sqlTemplate = sqlTemplate;
    this.tables = tables;
  }

  /** The name used on the command line and in the results. */
  public String id() {
    return id;
  }

  /** The SQL for the sandbox's data, with the one-campaign scenario's campaign filled in. */
  public String sql(long campaignId) {
    return sqlTemplate.replace("{campaign}", Long.toString(campaignId));
  }

  /** The tables the SQL reads, as the driver names them. */
  public List<String> tables() {
    return tables;
  }

  /** Whether the scenario reads the Partner API, with the partner login. */
  public boolean partner() {
    return this == PARTNER_FAN_OUT;
  }

  /** The scenario with the given command-line name. */
  public static Scenario byId(String id) {
    for (Scenario scenario : values()) {
      if (scenario.id.equals(id)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException("unknown scenario: " + id);
  }
}
