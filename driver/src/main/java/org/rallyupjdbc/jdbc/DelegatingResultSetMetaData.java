package org.rallyupjdbc.jdbc;

import java.sql.*;

/**
 * Forwards every {@link ResultSetMetaData} method to {@code delegate}. Generated once from the
 * interface by reflection; behaviour belongs in {@link RallyUpResultSetMetaData}.
 */
abstract class DelegatingResultSetMetaData implements ResultSetMetaData {
  /** Calcite's result set metadata. */
  final ResultSetMetaData delegate;

  DelegatingResultSetMetaData(ResultSetMetaData delegate) {
    this.delegate = delegate;
  }

  @Override
  public String getCatalogName(int p1) throws SQLException {
    return delegate.getCatalogName(p1);
  }

  @Override
  public String getColumnClassName(int p1) throws SQLException {
    return delegate.getColumnClassName(p1);
  }

  @Override
  public int getColumnCount() throws SQLException {
    return delegate.getColumnCount();
  }

  @Override
  public int getColumnDisplaySize(int p1) throws SQLException {
    return delegate.getColumnDisplaySize(p1);
  }

  @Override
  public String getColumnLabel(int p1) throws SQLException {
    return delegate.getColumnLabel(p1);
  }

  @Override
  public String getColumnName(int p1) throws SQLException {
    return delegate.getColumnName(p1);
  }

  @Override
  public int getColumnType(int p1) throws SQLException {
    return delegate.getColumnType(p1);
  }

  @Override
  public String getColumnTypeName(int p1) throws SQLException {
    return delegate.getColumnTypeName(p1);
  }

  @Override
  public int getPrecision(int p1) throws SQLException {
    return delegate.getPrecision(p1);
  }

  @Override
  public int getScale(int p1) throws SQLException {
    return delegate.getScale(p1);
  }

  @Override
  public String getSchemaName(int p1) throws SQLException {
    return delegate.getSchemaName(p1);
  }

  @Override
  public String getTableName(int p1) throws SQLException {
    return delegate.getTableName(p1);
  }

  @Override
  public boolean isAutoIncrement(int p1) throws SQLException {
    return delegate.isAutoIncrement(p1);
  }

  @Override
  public boolean isCaseSensitive(int p1) throws SQLException {
    return delegate.isCaseSensitive(p1);
  }

  @Override
  public boolean isCurrency(int p1) throws SQLException {
    return delegate.isCurrency(p1);
  }

  @Override
  public boolean isDefinitelyWritable(int p1) throws SQLException {
    return delegate.isDefinitelyWritable(p1);
  }

  @Override
  public int isNullable(int p1) throws SQLException {
    return delegate.isNullable(p1);
  }

  @Override
  public boolean isReadOnly(int p1) throws SQLException {
    return delegate.isReadOnly(p1);
  }

  @Override
  public boolean isSearchable(int p1) throws SQLException {
    return delegate.isSearchable(p1);
  }

  @Override
  public boolean isSigned(int p1) throws SQLException {
    return delegate.isSigned(p1);
  }

  @Override
  public boolean isWrapperFor(Class<?> p1) throws SQLException {
    return delegate.isWrapperFor(p1);
  }

  @Override
  public boolean isWritable(int p1) throws SQLException {
    return delegate.isWritable(p1);
  }

  @Override
  public <T> T unwrap(Class<T> p1) throws SQLException {
    return delegate.unwrap(p1);
  }
}
