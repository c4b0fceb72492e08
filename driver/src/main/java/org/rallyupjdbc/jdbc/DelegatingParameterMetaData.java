package org.rallyupjdbc.jdbc;

import java.sql.*;

/**
 * Forwards every {@link ParameterMetaData} method to {@code delegate}. Generated once from the
 * interface by reflection; behaviour belongs in {@link RallyUpParameterMetaData}.
 */
abstract class DelegatingParameterMetaData implements ParameterMetaData {
  /** Calcite's parameter metadata. */
  final ParameterMetaData delegate;

  DelegatingParameterMetaData(ParameterMetaData delegate) {
    this.delegate = delegate;
  }

  @Override
  public String getParameterClassName(int p1) throws SQLException {
    try {
      return delegate.getParameterClassName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getParameterCount() throws SQLException {
    try {
      return delegate.getParameterCount();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getParameterMode(int p1) throws SQLException {
    try {
      return delegate.getParameterMode(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getParameterType(int p1) throws SQLException {
    try {
      return delegate.getParameterType(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getParameterTypeName(int p1) throws SQLException {
    try {
      return delegate.getParameterTypeName(p1);
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
  public int isNullable(int p1) throws SQLException {
    try {
      return delegate.isNullable(p1);
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
  public <T> T unwrap(Class<T> p1) throws SQLException {
    try {
      return delegate.unwrap(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
