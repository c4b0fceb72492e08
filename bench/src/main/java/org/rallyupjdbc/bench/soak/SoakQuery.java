package org.rallyupjdbc.bench.soak;

/**
 * One statement of the mix.
 *
 * @param kind what it exercises
 * @param sql the same text runs on the driver and on H2
 * @param ordered whether rows compare in order (ORDER BY) or as multisets
 * @param maxRows {@code Statement.setMaxRows}, 0 for none
 * @param seed the seed {@link QueryMix#query(long)} builds it from, printed on a failure
 */
record SoakQuery(QueryKind kind, String sql, boolean ordered, int maxRows, long seed) {
  @Override
  public String toString() {
    return kind + " (seed " + seed + (maxRows > 0 ? ", maxRows " + maxRows : "") + "): " + sql;
  }
}
