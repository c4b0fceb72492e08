package org.rallyupjdbc.bench.soak;

/**
 * The kinds of statement the soak run mixes, with their weights (how many of every 100 statements
 * are of the kind, roughly), and which SQLStates beyond the always-documented ones are a correct
 * outcome for them.
 */
enum QueryKind {
  /** Every donation of the start: a full paged scan. */
  SCAN(8),
  /** Every campaign. */
  CAMPAIGN_SCAN(6),
  /** One campaign's donations: the campaign id is sent to the API. */
  PUSHED_FILTER(14),
  /** Donations of a date range: the dates are sent to the API. */
  DATE_RANGE(8),
  /** One campaign by id: {@code /campaign/{id}}. */
  CAMPAIGN_BY_ID(10),
  /** One user by address: {@code /finduser/{email}}. */
  USER_BY_EMAIL(8),
  /** Donations joined to their campaign, each campaign looked up by id. */
  JOIN_CAMPAIGNS(10),
  /** A dozen donations joined to their donors, each address looked up in users. */
  JOIN_USERS(8),
  /** Counts and sums per campaign. */
  AGGREGATE(10),
  /** An ordered scan cut by {@code Statement.setMaxRows}. */
  MAX_ROWS(8),
  /** A scan that another thread cancels after a random delay: HY008 or the whole result. */
  CANCEL(5),
  /** A scan with a one-second query timeout: HYT00 or the whole result. */
  TIMEOUT(5);

  final int weight;

  QueryKind(int weight) {
    this.weight = weight;
  }

  /** Whether {@code sqlState} is a correct outcome of this kind (see {@link Outcomes}). */
  boolean allows(String sqlState) {
    return switch (this) {
      case CANCEL -> "HY008".equals(sqlState);
      case TIMEOUT -> "HYT00".equals(sqlState);
      default -> false;
    };
  }
}
