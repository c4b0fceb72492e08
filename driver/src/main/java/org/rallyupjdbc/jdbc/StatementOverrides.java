package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * A statement that keeps a maximum field size (Calcite refuses any but 0; result sets then cut
 * longer text), has its result sets stop at the maximum row count (Calcite applies it to a prepared
 * statement only if set before preparing, and report tools set it after) and, when prepared, binds
 * each parameter as the type the SQL gives it ({@link ParameterBinder}). Its warnings, and its
 * result sets', include what its scans noticed (a listing that changed while it was read).
 */
final class StatementOverrides implements Overrides {
  private final Statement target;
  private final ParameterBinder binder;
  private final ScanWarnings warnings = new ScanWarnings();
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

  /** What the scans of this statement's latest execution noticed. */
  ScanWarnings warnings() {
    return warnings;
  }

  /**
   * The scans' warnings followed by {@code calcite}'s (possibly null). New warnings are made for
   * each call and only they are linked, so asking twice never lengthens Calcite's own chain.
   */
  static SQLWarning chain(SQLWarning calcite, ScanWarnings scans) {
    SQLWarning head = calcite;
    List<String> messages = scans.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      SQLWarning warning = new SQLWarning(messages.get(i), "01000");
      warning.setNextWarning(head);
      head = warning;
    }
    return head;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (name.startsWith("execute")) {
      warnings.clear(); // JDBC clears a statement's warnings when it runs again
    }
    switch (name) {
      case "getWarnings" -> {
        return chain(target.getWarnings(), warnings);
      }
      case "clearWarnings" -> {
        warnings.clear();
        return CALCITE;
      }
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
