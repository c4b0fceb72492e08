package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.rallyupjdbc.adapter.StatementContext;

/**
 * {@code Connection.isValid} for real: pools keep connections for days and tokens expire after
 * seven, so validity is a request that the API answers with the connection's token (after renewing
 * it, when the driver holds a login), not merely "not closed".
 */
final class ValidityProbe {
  private ValidityProbe() {}

  /** Whether the API accepts the connection's credentials now. */
  static boolean isValid(Connection connection, int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid timeout must not be negative: " + timeoutSeconds, "HY000");
    }
    if (connection.isClosed()) {
      return false;
    }
    String probe =
        "partner".equals(connection.getSchema())
            ? "select id from organizations fetch first 1 rows only"
            : "select is_authenticated from api_version";
    StatementContext.beginFresh();
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(timeoutSeconds);
      try (ResultSet rows = statement.executeQuery(probe)) {
        return !rows.next()
            || rows.getObject(1) == null
            || !Boolean.FALSE.equals(rows.getObject(1));
      }
    } catch (SQLException e) {
      return false;
    } finally {
      StatementContext.endFresh();
    }
  }
}
