package org.rallyupjdbc.bench.soak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the query mix draws its constants from, read from H2 before the run: the last donation of
 * the start (every donations query is bounded by it, so donations that drift adds are not in any
 * result), campaigns with donations, each with the id of its twelfth donation (which keeps the
 * user-lookup joins to a dozen lookups), donors' addresses, and the span of donation dates.
 *
 * @param lastDonation the highest transaction id at the start
 * @param campaigns campaign ids that have donations
 * @param twelfthDonation per campaign (same index), the transaction id of its twelfth donation
 * @param emails addresses the users table holds
 * @param firstDate the earliest donation date
 * @param lastDate the latest donation date
 */
record Facts(
    long lastDonation,
    List<Long> campaigns,
    List<Long> twelfthDonation,
    List<String> emails,
    LocalDateTime firstDate,
    LocalDateTime lastDate) {

  static Facts read(Connection h2) throws SQLException {
    try (Statement statement = h2.createStatement()) {
      long last = single(statement, "SELECT MAX(transaction_id) FROM donations").getLong(1);
      List<Long> campaigns = new ArrayList<>();
      List<Long> twelfth = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT campaign_id, MAX(transaction_id) FROM (SELECT campaign_id, transaction_id,"
                  + " ROW_NUMBER() OVER (PARTITION BY campaign_id ORDER BY transaction_id) AS n"
                  + " FROM donations) WHERE n <= 12 GROUP BY campaign_id ORDER BY campaign_id")) {
        while (rows.next()) {
          campaigns.add(rows.getLong(1));
          twelfth.add(rows.getLong(2));
        }
      }
      List<String> emails = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT email FROM users ORDER BY email")) {
        while (rows.next()) {
          emails.add(rows.getString(1));
        }
      }
      ResultSet span =
          single(
              statement,
              "SELECT MIN(transaction_created_date), MAX(transaction_created_date) FROM donations");
      LocalDateTime first = span.getObject(1, LocalDateTime.class);
      LocalDateTime lastDate = span.getObject(2, LocalDateTime.class);
      if (campaigns.isEmpty() || emails.isEmpty()) {
        throw new IllegalStateException("the sandbox holds no donations or no users");
      }
      return new Facts(last, campaigns, twelfth, emails, first, lastDate);
    }
  }

  private static ResultSet single(Statement statement, String sql) throws SQLException {
    ResultSet rows = statement.executeQuery(sql);
    rows.next();
    return rows;
  }
}
