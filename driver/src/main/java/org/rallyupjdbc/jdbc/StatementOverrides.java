package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A statement that keeps a maximum field size (Calcite refuses any but 0; result sets then cut
 * longer text), has its result sets stop at the maximum row count (Calcite applies it to a prepared
 * statement only if set before preparing, and report tools set it after) and, when prepared, binds
 * each parameter as the type the SQL gives it ({@link ParameterBinder}).
 */
final class StatementOverrides implements Overrides {
  private final Statement target;
  private final ParameterBinder binder;
  private volatile int maxFieldSize;
  private volatile long maxRows;

  StatementOverrides(Statement target, ParameterBinder binder) {
    this.target = target;
    this.binder = binder;
  }

  /** The limit on the characters of a text value in result sets made from now on, 0 for none. */
  int maxFieldSize() {
    return maxFieldSize;
  }

  /** The limit on the rows of result sets made from now on, 0 for none. */
  long maxRows() {
    return maxRows;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
    switch (method.getName()) {
      case "setMaxRows", "setLargeMaxRows" -> {
        long max = ((Number) args[0]).longValue();
        if (max >= 0) {
          maxRows = max;
        }
        return CALCITE; // which keeps it too, and refuses a negative one
      }
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
