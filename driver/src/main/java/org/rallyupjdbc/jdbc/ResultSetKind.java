package org.rallyupjdbc.jdbc;

/**
 * The kind of result set a statement makes, as {@code createStatement} and {@code prepareStatement}
 * take it; part of a cached plan's key.
 *
 * @param type a {@code ResultSet.TYPE_} constant
 * @param concurrency a {@code ResultSet.CONCUR_} constant
 * @param holdability a {@code ResultSet.HOLD_} or {@code CLOSE_} constant
 */
record ResultSetKind(int type, int concurrency, int holdability) {}
