package org.rallyupjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.rallyupjdbc.client.RequestLog;

/**
 * {@code Connection.isValid} for real: pools keep connections for days and tokens expire after
 * seven, so validity is a request that the API answers with the connection's token (after renewing
 * it, when the driver holds a login), not merely "not closed". A request the API answered within
 * the last {@link #RECENT} proves as much, so tools that check before every call (SchemaCrawler
 * does, 139 times in a crawl) cost one request per window. The probe names its table with the
 * connection's home schema, so {@code setSchema} cannot make a healthy connection look broken.
 */
final class ValidityProbe {
  /** How long an answered request vouches for the connection. */
  static final Duration RECENT = Duration.ofSeconds(2);

  private final RequestLog log;
  private final String probeSql;
  private final Clock clock;

  ValidityProbe(RequestLog log, String homeSchema, Clock clock) {
    this.log = log;
    this.clock = clock;
    String home = '"' + homeSchema.replace("\"", "\"\"") + '"';
    this.probeSql =
        "partner".equals(homeSchema)
            ? "select id from " + home + ".organizations fetch first 1 rows only"
            : "select is_authenticated from " + home + ".api_version";
  }

  /** Whether the API accepts the connection's credentials now. */
  boolean isValid(RallyUpConnection connection, int timeoutSeconds) {
    Optional<RequestLog.Entry> latest = log.latestSent();
    if (latest.isPresent() && answered(latest.get())) {
      return true;
    }
    try {
      return ask(connection, timeoutSeconds);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean answered(RequestLog.Entry entry) {
    Instant since = clock.instant().minus(RECENT);
    return entry.status() >= 200 && entry.status() < 300 && entry.startedAt().isAfter(since);
  }

  /**
   * Sends the probe, bypassing the response cache; false when the API says the token is not
   * authenticated, an exception when the request fails.
   */
  boolean ask(RallyUpConnection connection, int timeoutSeconds) throws SQLException {
    try (RallyUpStatement statement =
        new RallyUpStatement(connection, connection.delegate.createStatement(), true)) {
      statement.setQueryTimeout(timeoutSeconds);
      try (ResultSet rows = statement.executeQuery(probeSql)) {
        return !rows.next()
            || rows.getObject(1) == null
            || !Boolean.FALSE.equals(rows.getObject(1));
      }
    }
  }
}
