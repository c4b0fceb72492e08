package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Clock;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.rallyupjdbc.adapter.ConnectionSettings;
import org.rallyupjdbc.adapter.MetaSchema;
import org.rallyupjdbc.adapter.RallyUpSchema;
import org.rallyupjdbc.adapter.RallyUpSession;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.client.RallyUpApiException;
import org.rallyupjdbc.client.RallyUpClient;

/**
 * Turns the connection Calcite made into a RallyUp connection, after Calcite's {@code connect} has
 * returned, so nothing travels through a thread: proves the credentials (the login for a login and
 * secret, one small request for a bare token), adds the schema for the credentials' API and makes
 * it the default, and wraps the connection. Whatever fails, the Calcite connection and the HTTP
 * client are closed before the exception leaves.
 */
final class ConnectionSetup {
  private ConnectionSetup() {}

  static RallyUpConnection open(Connection calcite, ConnectionSettings settings)
      throws SQLException {
    RallyUpClient client = new RallyUpClient(settings.client());
    try {
      return open(calcite, settings, client);
    } catch (RallyUpApiException e) {
      close(calcite, client);
      throw SqlErrors.atConnect(e);
    } catch (SQLException | RuntimeException | Error e) {
      close(calcite, client);
      throw e;
    }
  }

  private static RallyUpConnection open(
      Connection calcite, ConnectionSettings settings, RallyUpClient client) throws SQLException {
    boolean login = settings.client().credentials().canLogIn();
    if (login) {
      client.logIn();
    }
    CalciteConnection connection = calcite.unwrap(CalciteConnection.class);
    SchemaPlus root = connection.getRootSchema();
    String home = null;
    RallyUpSession session = new RallyUpSession(client, settings);
    for (SchemaSpec schema : settings.catalog().schemas()) {
      if (schema.api() == settings.api()) {
        root.add(schema.name(), new RallyUpSchema(schema, session));
        home = home == null ? schema.name() : home;
      }
    }
    root.add(
        MetaSchema.NAME,
        new MetaSchema(
            session,
            settings.catalog().schemas().stream().filter(s -> s.api() == settings.api()).toList()));
    if (home == null) {
      throw new SQLNonTransientConnectionException(
          "the catalog has no schema for the " + settings.api() + " API", "08001");
    }
    connection.setSchema(home);
    calcite.setAutoCommit(true);
    ValidityProbe probe = new ValidityProbe(client.requestLog(), home, Clock.systemUTC());
    RallyUpConnection wrapped = new RallyUpConnection(calcite, client, session, probe);
    if (!login) {
      proveToken(wrapped, probe, settings);
    }
    return wrapped;
  }

  /** One small request with the bare token: the API's answer is the only proof of it. */
  private static void proveToken(
      RallyUpConnection connection, ValidityProbe probe, ConnectionSettings settings)
      throws SQLException {
    int timeout = (int) Math.max(1, settings.client().readTimeout().toSeconds());
    boolean authenticated;
    try {
      authenticated = probe.ask(connection, timeout);
    } catch (SQLException e) {
      if (isRateLimited(e)) {
        // the API is pacing this credential, not refusing it: the first query will know more,
        // and a pool must not lose a connection to a busy minute
        return;
      }
      throw atConnect(e);
    }
    if (!authenticated) {
      throw new SQLInvalidAuthorizationSpecException(
          "RallyUp does not accept the token: the API reports it as not authenticated", "28000");
    }
  }

  private static boolean isRateLimited(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RallyUpApiException api) {
        return api.kind() == RallyUpApiException.Kind.RATE_LIMITED;
      }
    }
    return false;
  }

  /** A failed probe as a connect failure: 28000 for rejected credentials, else 08001. */
  private static SQLException atConnect(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RallyUpApiException api) {
        return SqlErrors.atConnect(api);
      }
    }
    return new SQLNonTransientConnectionException(e.getMessage(), "08001", e);
  }

  private static void close(Connection calcite, RallyUpClient client) {
    try {
      calcite.close();
    } catch (SQLException e) {
      // the connection failed already; its own close failing adds nothing for the caller
    } finally {
      client.close();
    }
  }
}
