package org.rallyupjdbc.jdbc;

import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * {@code unwrap} and {@code isWrapperFor}, the same for every object the driver hands out: the
 * driver's own object first (so {@code unwrap(Statement.class)} gives the statement the caller
 * holds), then Calcite's beneath it, which bypasses the driver's behaviour.
 */
final class Wrappers {
  private Wrappers() {}

  static <T> T unwrap(Object self, Wrapper delegate, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("unwrap needs an interface", "HY009");
    }
    if (type.isInstance(self)) {
      return type.cast(self);
    }
    try {
      return delegate.unwrap(type);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  /** {@code unwrap} of an object that wraps nothing: itself, or a refusal. */
  static <T> T unwrapSelf(Object self, Class<T> type) throws SQLException {
    if (type != null && type.isInstance(self)) {
      return type.cast(self);
    }
    throw new SQLException("not a wrapper for " + type, "HY000");
  }

  static boolean isWrapperFor(Object self, Wrapper delegate, Class<?> type) throws SQLException {
    if (type == null) {
      throw new SQLException("isWrapperFor needs an interface", "HY009");
    }
    try {
      return type.isInstance(self) || delegate.isWrapperFor(type);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
