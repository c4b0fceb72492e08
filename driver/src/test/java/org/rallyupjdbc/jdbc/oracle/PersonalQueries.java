package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries over personal columns, read live during a recording and again from its replay. Each
 * column has a kind: {@code =} must be equal, any other kind must be renamed consistently across
 * all queries (one real value, one fake; one fake, one real value), never kept.
 */
final class PersonalQueries {
  /** A query and the kind of each of its columns. */
  record Personal(String sql, List<String> kinds) {}

  private static final List<Personal> QUERIES =
      List.of(
          new Personal(
              "SELECT transaction_id, donor_email, donor_first_name, donor_last_name,"
                  + " mailing_address_first_name, mailing_address_last_name,"
                  + " mailing_address_address1, mailing_address_address2, mailing_address_phone,"
                  + " mailing_address_city, comment FROM donations ORDER BY transaction_id",
              List.of(
                  "=", "email", "first", "last", "first", "last", "street", "street", "phone", "=",
                  "text")),
          new Personal(
              "SELECT id, email, first_name, last_name, in_name_of FROM auction_bids ORDER BY id",
              List.of("=", "email", "first", "last", "text")),
          new Personal(
              "SELECT id, winner_email, winner_first_name, winner_last_name, winner_phone_number"
                  + " FROM raffle_winners ORDER BY id",
              List.of("=", "email", "first", "last", "phone")),
          new Personal(
              "SELECT id, participant_first_name, participant_last_name,"
                  + " participant_email_address, participant_phone_number FROM participants"
                  + " ORDER BY id",
              List.of("=", "first", "last", "email", "phone")),
          new Personal(
              "SELECT a.id, a.participant_name, p.id FROM activity_results a JOIN participants p"
                  + " ON a.campaign_id = p.campaign_id"
                  + " AND a.participant_name = p.participant_first_name || ' ' ||"
                  + " p.participant_last_name ORDER BY a.id, p.id",
              List.of("=", "full", "=")),
          new Personal(
              "SELECT id, sender_email, sender_name, message FROM contact_organizer_messages"
                  + " ORDER BY id",
              List.of("=", "email", "full", "text")));

  /** A join through the users lookup, over the donors of the campaign with fewest donations. */
  private static final String LOOKUP =
      "SELECT d.transaction_id, u.user_id, u.email, u.first_name, u.phone FROM donations d"
          + " JOIN users u ON u.email = d.donor_email WHERE d.campaign_id = (SELECT campaign_id"
          + " FROM donations GROUP BY campaign_id ORDER BY COUNT(*), campaign_id LIMIT 1)"
          + " ORDER BY d.transaction_id";

  private static final List<String> LOOKUP_KINDS = List.of("=", "=", "email", "first", "phone");

  private final Map<String, List<List<String>>> live;

  private PersonalQueries(Map<String, List<List<String>>> live) {
    this.live = live;
  }

  /** Runs every query on the recording connection. */
  static PersonalQueries record(Connection connection) throws SQLException {
    Map<String, List<List<String>>> live = new LinkedHashMap<>();
    for (Personal query : QUERIES) {
      live.put(query.sql(), cells(connection, query.sql()));
    }
    live.put(LOOKUP, cells(connection, LOOKUP));
    assertThat(live.get(LOOKUP)).isNotEmpty();
    return new PersonalQueries(live);
  }

  /** Asserts the replay gives the live rows with personal values renamed consistently. */
  void assertReplaysConsistently(Connection replay) throws SQLException {
    Map<String, String> fakes = new HashMap<>();
    Map<String, String> reals = new HashMap<>();
    List<Personal> all = new ArrayList<>(QUERIES);
    all.add(new Personal(LOOKUP, LOOKUP_KINDS));
    for (Personal query : all) {
      List<List<String>> expected = live.get(query.sql());
      List<List<String>> actual = cells(replay, query.sql());
      assertThat(expected).as(query.sql()).isNotEmpty();
      assertThat(actual).as(query.sql()).hasSameSizeAs(expected);
      for (int row = 0; row < expected.size(); row++) {
        for (int column = 0; column < query.kinds().size(); column++) {
          String kind = query.kinds().get(column);
          String real = expected.get(row).get(column);
          String fake = actual.get(row).get(column);
          String what = query.sql() + " row " + row + " column " + (column + 1);
          if (kind.equals("=") || real == null) {
            assertThat(fake).as(what).isEqualTo(real);
            continue;
          }
          assertThat(fake).as(what).isNotNull().isNotEqualTo(real);
          String previousFake = fakes.putIfAbsent(kind + ":" + real, fake);
          assertThat(previousFake).as("one fake per real value, " + what).isIn(null, fake);
          String previousReal = reals.putIfAbsent(kind + ":" + fake, real);
          assertThat(previousReal).as("one real value per fake, " + what).isIn(null, real);
        }
      }
    }
  }

  private static List<List<String>> cells(Connection connection, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          row.add(result.getString(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
