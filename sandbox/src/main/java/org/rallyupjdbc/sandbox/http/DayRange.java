package org.rallyupjdbc.sandbox.http;

/**
 * An inclusive range of epoch milliseconds, from a {@code startDate} / {@code endDate} pair of
 * whole UTC days (see {@link Params#dayRange}).
 *
 * @param from first millisecond in the range ({@link Long#MIN_VALUE} when open)
 * @param to last millisecond in the range ({@link Long#MAX_VALUE} when open)
 */
record DayRange(long from, long to) {
  /** No bounds: every instant. */
  static final DayRange ALL = new DayRange(Long.MIN_VALUE, Long.MAX_VALUE);

  boolean contains(long millis) {
    return millis >= from && millis <= to;
  }
}
