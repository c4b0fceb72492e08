package org.rallyupjdbc.bench.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * The query through {@code DriverManager} with the partner login, a new {@code Statement} each run,
 * every column of every row read. The driver keeps as many listings in flight as the limit has
 * pages ({@code maxConcurrentRequests} = the harness's concurrency), so the two are compared at the
 * same concurrency; extra driver properties come after and may override it.
 */
final class PartnerDriver implements Contender {
  private final Connection connection;
  private final String sql;

  PartnerDriver(String baseUrl, int pageSize, int concurrency, String driverProperties, String sql)
      throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", Credentials.PARTNER_LOGIN);
    login.setProperty("password", Credentials.PARTNER_SECRET);
    this.connection =
        DriverManager.getConnection(
            DriverContender.url(baseUrl, pageSize, properties(concurrency, driverProperties)),
            login);
    this.sql = sql;
  }

  /** The partner flag and the concurrency, then the extra properties given. */
  static String properties(int concurrency, String driverProperties) {
    String partner = "partner=true;maxConcurrentRequests=" + concurrency;
    return driverProperties.isBlank() ? partner : partner + ";" + driverProperties;
  }

  @Override
  public long run() throws SQLException {
    return DriverContender.drain(connection, sql);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
