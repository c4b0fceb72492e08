package org.rallyupjdbc.bench.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * The query through {@code DriverManager} on one connection, a new {@code Statement} each run (as
 * an application or a BI tool sends it), reading every column of every row.
 */
final class DriverContender implements Contender {
  private final Connection connection;
  private final String sql;

  DriverContender(String baseUrl, int pageSize, String driverProperties, String sql)
      throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", Credentials.ORG_LOGIN);
    login.setProperty("password", Credentials.ORG_SECRET);
    this.connection = DriverManager.getConnection(url(baseUrl, pageSize, driverProperties), login);
    this.sql = sql;
  }

  /** The driver URL: the sandbox, the page size, then any extra properties given. */
  static String url(String baseUrl, int pageSize, String driverProperties) {
    String url = "jdbc:rallyup:baseUrl=" + baseUrl + ";pageSize=" + pageSize;
    return driverProperties.isBlank() ? url : url + ";" + driverProperties;
  }

  @Override
  public long run() throws SQLException {
    return drain(connection, sql);
  }

  /** Runs the query and reads every value; returns the number of rows. */
  static long drain(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(sql)) {
      return read(results);
    }
  }

  /** Reads every value of every row; returns the number of rows. */
  static long read(ResultSet results) throws SQLException {
    long rows = 0;
    int columns = results.getMetaData().getColumnCount();
    while (results.next()) {
      for (int column = 1; column <= columns; column++) {
        results.getObject(column);
      }
      rows++;
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
