package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.HandlerImpl;
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
 * Sets up each new connection: logs in, adds the schema for the credentials' API, makes it the
 * default schema, and closes the HTTP client with the connection.
 */
final class RallyUpHandler extends HandlerImpl {
  /**
   * The settings of the connection being created on this thread. Calcite creates the connection and
   * calls {@link #onConnectionInit} inside {@code connect}, so the parsed settings (with the
   * secret) travel this way instead of through the connection's visible properties.
   */
  private static final ThreadLocal<ConnectionSettings> CONNECTING = new ThreadLocal<>();

  private static final Map<AvaticaConnection, RallyUpClient> CLIENTS =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** What {@code super.connect} is, for {@link #connecting}. */
  @FunctionalInterface
  interface Connector {
    Connection connect() throws SQLException;
  }

  /** Runs {@code connector} with {@code settings} available to {@link #onConnectionInit}. */
  static Connection connecting(ConnectionSettings settings, Connector connector)
      throws SQLException {
    CONNECTING.set(settings);
    try {
      return connector.connect();
    } finally {
      CONNECTING.remove();
    }
  }

  @Override
  public void onConnectionInit(AvaticaConnection connection) throws SQLException {
    ConnectionSettings settings = CONNECTING.get();
    if (settings == null) {
      throw new SQLException("RallyUp connections must be opened through RallyUpDriver", "08001");
    }
    RallyUpClient client = new RallyUpClient(settings.client());
    try {
      client.logIn();
    } catch (RallyUpApiException e) {
      client.close();
      throw SqlErrors.atConnect(e);
    }
    CLIENTS.put(connection, client);
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    SchemaPlus root = calcite.getRootSchema();
    String defaultSchema = null;
    RallyUpSession session = new RallyUpSession(client, settings);
    for (SchemaSpec schema : settings.catalog().schemas()) {
      if (schema.api() == settings.api()) {
        root.add(schema.name(), new RallyUpSchema(schema, session));
        defaultSchema = defaultSchema == null ? schema.name() : defaultSchema;
      }
    }
    root.add(
        MetaSchema.NAME,
        new MetaSchema(
            session,
            settings.catalog().schemas().stream().filter(s -> s.api() == settings.api()).toList()));
    if (defaultSchema != null) {
      calcite.setSchema(defaultSchema);
    }
    connection.setAutoCommit(true);
  }

  @Override
  public void onConnectionClose(AvaticaConnection connection) {
    RallyUpClient client = CLIENTS.remove(connection);
    if (client != null) {
      client.close();
    }
  }
}
