package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLWarning;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A read-only connection without transactions, as tools expect to find one: {@code commit} and
 * {@code rollback} do nothing, any isolation level is accepted (and {@code TRANSACTION_NONE}
 * reported), the connection is always read-only, client info is kept for the caller, the type map
 * is empty rather than unsupported, and a request for a scrollable or updatable result set becomes
 * forward-only and read-only with a warning, as JDBC asks of drivers that lack those.
 */
final class ConnectionOverrides implements Overrides {
  private static final Set<Integer> ISOLATION_LEVELS =
      Set.of(
          Connection.TRANSACTION_NONE,
          Connection.TRANSACTION_READ_UNCOMMITTED,
          Connection.TRANSACTION_READ_COMMITTED,
          Connection.TRANSACTION_REPEATABLE_READ,
          Connection.TRANSACTION_SERIALIZABLE);

  private final Properties clientInfo = new Properties();
  private SQLWarning warnings;

  @Override
  public synchronized Object invoke(Object proxy, Method method, Object[] args)
      throws SQLException {
    Connection connection = (Connection) proxy;
    int arity = method.getParameterCount();
    switch (method.getName()) {
      case "commit", "rollback", "setReadOnly" -> {
        requireOpen(connection);
        return null;
      }
      case "isReadOnly" -> {
        requireOpen(connection);
        return true;
      }
      case "setTransactionIsolation" -> {
        requireOpen(connection);
        if (!ISOLATION_LEVELS.contains((Integer) args[0])) {
          throw new SQLException("not a transaction isolation level: " + args[0], "HY024");
        }
        return null;
      }
      case "getTransactionIsolation" -> {
        requireOpen(connection);
        return Connection.TRANSACTION_NONE;
      }
      case "setClientInfo" -> {
        setClientInfo(args);
        return null;
      }
      case "getClientInfo" -> {
        return arity == 0 ? copy(clientInfo) : clientInfo.getProperty((String) args[0]);
      }
      case "createStatement" -> downgrade(args, 0, arity >= 2);
      case "prepareStatement", "prepareCall" -> downgrade(args, 1, arity >= 3);
      case "getTypeMap" -> {
        requireOpen(connection);
        return new HashMap<String, Class<?>>(); // no user-defined types to map
      }
      case "setTypeMap" -> {
        if (args[0] != null && !((Map<?, ?>) args[0]).isEmpty()) {
          throw new SQLFeatureNotSupportedException(
              "rallyup-jdbc has no user-defined types to map", "0A000");
        }
        return null;
      }
      case "getWarnings" -> {
        return warnings != null ? warnings : CALCITE;
      }
      case "clearWarnings" -> warnings = null;
      default -> {
        return CALCITE;
      }
    }
    return CALCITE;
  }

  private void setClientInfo(Object[] args) {
    if (args.length == 1) {
      clientInfo.clear();
      if (args[0] != null) {
        clientInfo.putAll((Properties) args[0]);
      }
    } else if (args[1] == null) {
      clientInfo.remove(args[0]);
    } else {
      clientInfo.setProperty((String) args[0], (String) args[1]);
    }
  }

  /** Turns a request for a scrollable or updatable result set into the kind the driver has. */
  private void downgrade(Object[] args, int typeIndex, boolean hasType) {
    if (!hasType) {
      return;
    }
    if ((Integer) args[typeIndex] != ResultSet.TYPE_FORWARD_ONLY) {
      args[typeIndex] = ResultSet.TYPE_FORWARD_ONLY;
      warn("rallyup-jdbc result sets are forward-only; the statement uses TYPE_FORWARD_ONLY");
    }
    if ((Integer) args[typeIndex + 1] != ResultSet.CONCUR_READ_ONLY) {
      args[typeIndex + 1] = ResultSet.CONCUR_READ_ONLY;
      warn("rallyup-jdbc result sets are read-only; the statement uses CONCUR_READ_ONLY");
    }
  }

  private void warn(String message) {
    SQLWarning warning = new SQLWarning(message, "01S02");
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }

  private static void requireOpen(Connection connection) throws SQLException {
    if (connection.isClosed()) {
      throw new SQLNonTransientConnectionException("connection is closed", "08003");
    }
  }

  private static Properties copy(Properties properties) {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }
}
