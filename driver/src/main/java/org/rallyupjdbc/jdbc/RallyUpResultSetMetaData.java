package org.rallyupjdbc.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Calcite's result set metadata with the sizes {@code DatabaseMetaData.getColumns} reports for the
 * same columns ({@link RallyUpMetaColumnFactory#columnSize}), where Calcite gives text a precision
 * of 0 and a display size of -1, and a timestamp its fractional digits as both: tools lay out
 * columns by these numbers.
 */
final class RallyUpResultSetMetaData extends DelegatingResultSetMetaData {
  RallyUpResultSetMetaData(ResultSetMetaData delegate) {
    super(delegate);
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    int precision = super.getPrecision(column);
    Integer size = size(super.getColumnType(column), precision);
    return size == null ? precision : size;
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    Integer size = size(super.getColumnType(column), super.getPrecision(column));
    return size == null ? super.getColumnDisplaySize(column) : size;
  }

  /** The size of text and date-time columns as {@code getColumns} gives it, else null. */
  private static Integer size(int type, int precision) {
    return switch (type) {
      case Types.CHAR, Types.VARCHAR ->
          RallyUpMetaColumnFactory.columnSize(type, precision > 0 ? precision : null);
      case Types.TIMESTAMP, Types.TIME, Types.DATE ->
          RallyUpMetaColumnFactory.columnSize(type, precision);
      default -> null;
    };
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrap(this, delegate, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return Wrappers.isWrapperFor(this, delegate, type);
  }
}
