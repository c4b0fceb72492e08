package org.rallyupjdbc.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Calcite's result set metadata, reached only through the driver's result sets. */
final class RallyUpResultSetMetaData extends DelegatingResultSetMetaData {
  RallyUpResultSetMetaData(ResultSetMetaData delegate) {
    super(delegate);
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type != null && type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type != null && (type.isInstance(this) || delegate.isWrapperFor(type));
  }
}
