package org.rallyupjdbc.bench.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rallyupjdbc.bench.Scenario;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * Cheap repeats: the point lookup run again and again on one connection, through a new plain {@code
 * Statement} each time ("repeated-statement", the driver's plan cache) or by re-executing one
 * {@code PreparedStatement} ("prepared-re-execution"). The first run plans and is not measured; the
 * response cache is off, so every measured run makes its one request and the wall time is the
 * request plus what the driver adds.
 */
public final class RepeatProbe {
  /** The extra re-running SQL text through new plain statements. */
  public static final String REPEATED_STATEMENT = "repeated-statement";

  /** The extra re-executing one prepared statement. */
  public static final String PREPARED_RE_EXECUTION = "prepared-re-execution";

  private RepeatProbe() {}

  /** Times {@code runs} repeats after one unmeasured first run. */
  public static ChildResult measure(Sandbox sandbox, long campaignId, boolean prepared, int runs)
      throws Exception {
    Properties login = new Properties();
    login.setProperty("user", Credentials.ORG_LOGIN);
    login.setProperty("password", Credentials.ORG_SECRET);
    String url = "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";cacheTtlSeconds=0";
    List<Double> millis = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    long rows = 0;
    try (Connection connection = DriverManager.getConnection(url, login);
        PreparedStatement lookup =
            connection.prepareStatement("SELECT * FROM campaigns WHERE id = ?");
        ApiSession stats = ApiSession.logIn(sandbox.baseUrl())) {
      String sql = Scenario.POINT_LOOKUP.sql(campaignId);
      for (int run = 0; run <= runs; run++) {
        stats.resetRequestCount();
        long started = System.nanoTime();
        if (prepared) {
          lookup.setLong(1, campaignId);
          try (ResultSet results = lookup.executeQuery()) {
            rows = DriverContender.read(results);
          }
        } else {
          try (Statement statement = connection.createStatement();
              ResultSet results = statement.executeQuery(sql)) {
            rows = DriverContender.read(results);
          }
        }
        double elapsed = (System.nanoTime() - started) / 1e6;
        if (run > 0) {
          millis.add(elapsed);
          requests.add(stats.requestCount());
        }
      }
    }
    return new ChildResult(millis, requests, rows, 0, -1);
  }
}
