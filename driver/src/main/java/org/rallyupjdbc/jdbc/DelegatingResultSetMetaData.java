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
    try {
      return delegate.getCatalogName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getColumnClassName(int p1) throws SQLException {
    try {
      return delegate.getColumnClassName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getColumnCount() throws SQLException {
    try {
      return delegate.getColumnCount();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getColumnDisplaySize(int p1) throws SQLException {
    try {
      return delegate.getColumnDisplaySize(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getColumnLabel(int p1) throws SQLException {
    try {
      return delegate.getColumnLabel(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getColumnName(int p1) throws SQLException {
    try {
      return delegate.getColumnName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getColumnType(int p1) throws SQLException {
    try {
      return delegate.getColumnType(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getColumnTypeName(int p1) throws SQLException {
    try {
      return delegate.getColumnTypeName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getPrecision(int p1) throws SQLException {
    try {
      return delegate.getPrecision(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getScale(int p1) throws SQLException {
    try {
      return delegate.getScale(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSchemaName(int p1) throws SQLException {
    try {
      return delegate.getSchemaName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getTableName(int p1) throws SQLException {
    try {
      return delegate.getTableName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isAutoIncrement(int p1) throws SQLException {
    try {
      return delegate.isAutoIncrement(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isCaseSensitive(int p1) throws SQLException {
    try {
      return delegate.isCaseSensitive(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isCurrency(int p1) throws SQLException {
    try {
      return delegate.isCurrency(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isDefinitelyWritable(int p1) throws SQLException {
    try {
      return delegate.isDefinitelyWritable(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int isNullable(int p1) throws SQLException {
    try {
      return delegate.isNullable(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isReadOnly(int p1) throws SQLException {
    try {
      return delegate.isReadOnly(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isSearchable(int p1) throws SQLException {
    try {
      return delegate.isSearchable(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isSigned(int p1) throws SQLException {
    try {
      return delegate.isSigned(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class<?> p1) throws SQLException {
    try {
      return delegate.isWrapperFor(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isWritable(int p1) throws SQLException {
    try {
      return delegate.isWritable(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public <T> T unwrap(Class<T> p1) throws SQLException {
    try {
      return delegate.unwrap(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
