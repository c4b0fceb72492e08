package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * What the driver does differently from Calcite for one kind of JDBC object. {@link JdbcProxy} asks
 * the object's overrides first and hands the call to Calcite when they answer {@link #CALCITE}.
 */
interface Overrides {
  /** The answer meaning "let Calcite answer the call, with the arguments as they now are". */
  Object CALCITE = new Object();

  /** Overrides that change nothing. */
  Overrides NONE = (proxy, method, args) -> CALCITE;

  /**
   * Answers a call made on {@code proxy}, or returns {@link #CALCITE}; may rewrite {@code args}
   * before Calcite sees them.
   */
  Object invoke(Object proxy, Method method, Object[] args) throws SQLException;

  /**
   * The overrides for {@code target}, handed out by an object whose overrides are {@code parent}.
   */
  static Overrides of(Object target, Overrides parent) {
    if (target instanceof Connection) {
      return new ConnectionOverrides();
    } else if (target instanceof PreparedStatement statement) {
      return new StatementOverrides(statement, new ParameterBinder(statement));
    } else if (target instanceof Statement statement) {
      return new StatementOverrides(statement, null);
    } else if (target instanceof ResultSet resultSet) {
      return parent instanceof StatementOverrides statement
          ? new ResultSetOverrides(
              resultSet, statement.maxFieldSize(), statement.maxRows(), statement.warnings())
          : new ResultSetOverrides(resultSet, 0, 0, new ScanWarnings());
    } else if (target instanceof DatabaseMetaData metaData) {
      return new MetadataOverrides(metaData);
    }
    return NONE;
  }
}
