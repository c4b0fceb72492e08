package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Properties;
import java.util.Set;

/**
 * What a connection keeps for its caller without Calcite: client info, its own warnings, and the
 * rule that scrollable or updatable result sets become forward-only and read-only with a warning.
 */
final class ConnectionOptions {
  private static final Set<Integer> ISOLATION_LEVELS =
      Set.of(
          Connection.TRANSACTION_NONE,
          Connection.TRANSACTION_READ_UNCOMMITTED,
          Connection.TRANSACTION_READ_COMMITTED,
          Connection.TRANSACTION_REPEATABLE_READ,
          Connection.TRANSACTION_SERIALIZABLE);

  private final Properties clientInfo = new Properties();
  private SQLWarning warnings;

  static void checkIsolation(int level) throws SQLException {
    if (!ISOLATION_LEVELS.contains(level)) {
      throw new SQLException("not a transaction isolation level: " + level, "HY024");
    }
  }

  /** The kind of result set the driver makes for the one asked for, warning of any change. */
  synchronized ResultSetKind downgrade(int type, int concurrency, int holdability) {
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      warn("rallyup-jdbc result sets are forward-only; the statement uses TYPE_FORWARD_ONLY");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      warn("rallyup-jdbc result sets are read-only; the statement uses CONCUR_READ_ONLY");
    }
    return new ResultSetKind(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability);
  }

  synchronized void clientInfo(String name, String value) throws SQLClientInfoException {
    if (name == null) {
      throw new SQLClientInfoException("client info needs a name", null);
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  synchronized void clientInfo(Properties properties) {
    clientInfo.clear();
    if (properties != null) {
      clientInfo.putAll(properties);
    }
  }

  synchronized String clientInfo(String name) {
    return name == null ? null : clientInfo.getProperty(name);
  }

  synchronized Properties clientInfo() {
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  synchronized SQLWarning warnings() {
    return warnings;
  }

  synchronized void clearWarnings() {
    warnings = null;
  }

  private void warn(String message) {
    SQLWarning warning = new SQLWarning(message, "01S02");
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }
}
