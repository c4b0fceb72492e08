package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A statement that keeps a maximum field size (Calcite refuses any but 0; result sets then cut
 * longer text) and, when prepared, binds each parameter as the type the SQL gives it ({@link
 * ParameterBinder}).
 */
final class StatementOverrides implements Overrides {
  private final Statement target;
  private final ParameterBinder binder;
  private volatile int maxFieldSize;

  StatementOverrides(Statement target, ParameterBinder binder) {
    this.target = target;
    this.binder = binder;
  }

  /** The limit on the characters of a text value in result sets made from now on, 0 for none. */
  int maxFieldSize() {
    return maxFieldSize;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
    switch (method.getName()) {
      case "setMaxFieldSize" -> {
        target.setMaxFieldSize(0); // fails as Calcite does if the statement is closed
        int max = (Integer) args[0];
        if (max < 0) {
          throw new SQLException("max field size must not be negative: " + max, "HY024");
        }
        maxFieldSize = max;
        return null;
      }
      case "getMaxFieldSize" -> {
        target.getMaxFieldSize(); // fails as Calcite does if the statement is closed
        return maxFieldSize;
      }
      default -> {
        return binder == null ? CALCITE : binder.bind(method, args);
      }
    }
  }
}
