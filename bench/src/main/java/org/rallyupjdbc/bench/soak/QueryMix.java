package org.rallyupjdbc.bench.soak;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the statements of the mix from a seed: the same seed gives the same statement, so a
 * failure is reproduced by its seed alone. Every donations read is bounded by the last donation of
 * the start, so donations arriving under drift never change a result.
 */
final class QueryMix {
  private static final int TOTAL_WEIGHT =
      List.of(QueryKind.values()).stream().mapToInt(k -> k.weight).sum();

  private final Facts facts;

  QueryMix(Facts facts) {
    this.facts = facts;
  }

  /** The statement of this seed. */
  SoakQuery query(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    QueryKind kind = kind(random.nextInt(TOTAL_WEIGHT));
    int index = random.nextInt(facts.campaigns().size());
    long campaign = facts.campaigns().get(index);
    String bound = " transaction_id <= " + facts.lastDonation();
    return switch (kind) {
      case SCAN, CANCEL, TIMEOUT ->
          plain(
              kind,
              seed,
              "SELECT transaction_id, campaign_id, transaction_gross_amount_value, donor_email,"
                  + " transaction_created_date FROM donations WHERE"
                  + bound);
      case CAMPAIGN_SCAN ->
          plain(kind, seed, "SELECT id, name, campaign_status, amount_raised FROM campaigns");
      case PUSHED_FILTER ->
          plain(
              kind,
              seed,
              "SELECT transaction_id, status, transaction_net_amount_value FROM donations"
                  + " WHERE campaign_id = "
                  + campaign
                  + " AND"
                  + bound);
      case DATE_RANGE -> dateRange(random, seed, bound);
      case CAMPAIGN_BY_ID ->
          plain(
              kind,
              seed,
              "SELECT id, name, amount_goal, start_date_utc FROM campaigns WHERE id = " + campaign);
      case USER_BY_EMAIL ->
          plain(
              kind,
              seed,
              "SELECT user_id, first_name, last_name FROM users WHERE email = '"
                  + facts.emails().get(random.nextInt(facts.emails().size())).replace("'", "''")
                  + "'");
      case JOIN_CAMPAIGNS ->
          plain(
              kind,
              seed,
              "SELECT d.transaction_id, c.name, c.campaign_status FROM donations d"
                  + " JOIN campaigns c ON c.id = d.campaign_id WHERE d.campaign_id = "
                  + campaign
                  + " AND d."
                  + bound.trim());
      case JOIN_USERS ->
          plain(
              kind,
              seed,
              "SELECT d.transaction_id, u.user_id, u.email FROM donations d"
                  + " JOIN users u ON u.email = d.donor_email WHERE d.campaign_id = "
                  + campaign
                  + " AND d.transaction_id <= "
                  + facts.twelfthDonation().get(index));
      case AGGREGATE ->
          plain(
              kind,
              seed,
              "SELECT campaign_id, COUNT(*), SUM(transaction_gross_amount_value),"
                  + " MAX(transaction_created_date) FROM donations WHERE"
                  + bound
                  + " GROUP BY campaign_id");
      case MAX_ROWS ->
          new SoakQuery(
              kind,
              "SELECT transaction_id, campaign_id, status FROM donations WHERE"
                  + bound
                  + " ORDER BY transaction_id DESC",
              true,
              1 + random.nextInt(2_500),
              seed);
    };
  }

  private SoakQuery dateRange(SplittableRandom random, long seed, String bound) {
    // whole weeks and two lengths: a few hundred distinct ranges, so H2's answers can be kept
    long weeks = Math.max(1, ChronoUnit.WEEKS.between(facts.firstDate(), facts.lastDate()));
    LocalDateTime from = facts.firstDate().plusWeeks(random.nextLong(weeks));
    LocalDateTime to = from.plusDays(random.nextBoolean() ? 7 : 30);
    return plain(
        QueryKind.DATE_RANGE,
        seed,
        "SELECT transaction_id, transaction_created_date, campaign_id FROM donations"
            + " WHERE transaction_created_date >= TIMESTAMP '"
            + from.toLocalDate()
            + " 00:00:00' AND transaction_created_date < TIMESTAMP '"
            + to.toLocalDate()
            + " 00:00:00' AND"
            + bound);
  }

  private static SoakQuery plain(QueryKind kind, long seed, String sql) {
    return new SoakQuery(kind, sql, false, 0, seed);
  }

  private static QueryKind kind(int draw) {
    int left = draw;
    for (QueryKind kind : QueryKind.values()) {
      left -= kind.weight;
      if (left < 0) {
        return kind;
      }
    }
    throw new IllegalStateException("weights");
  }
}
