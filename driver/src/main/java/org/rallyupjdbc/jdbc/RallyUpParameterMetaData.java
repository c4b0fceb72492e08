package org.rallyupjdbc.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;

/** Calcite's parameter metadata, reached only through the driver's prepared statements. */
final class RallyUpParameterMetaData extends DelegatingParameterMetaData {
  RallyUpParameterMetaData(ParameterMetaData delegate) {
    super(delegate);
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
