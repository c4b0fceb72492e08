package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.rallyupjdbc.adapter.RallyUpSession;
import org.rallyupjdbc.adapter.StatementRegistry;
import org.rallyupjdbc.client.RallyUpClient;

/**
 * A read-only connection without transactions, as tools expect to find one: {@code commit} and
 * {@code rollback} do nothing, any isolation level is accepted (and {@code TRANSACTION_NONE}
 * reported), the connection is always read-only, client info is kept for the caller, the type map
 * is empty rather than unsupported, and a request for a scrollable or updatable result set becomes
 * forward-only and read-only with a warning, as JDBC asks of drivers that lack those. It owns the
 * HTTP client, the statements it handed out and their plan cache, and closes them with itself.
 */
final class RallyUpConnection extends DelegatingConnection {
  private final RallyUpClient client;
  private final RallyUpSession session;
  private final AvaticaConnection avatica;
  private final ValidityProbe validity;
  private final PlanCache plans;
  private final Set<RallyUpStatement> statements = ConcurrentHashMap.newKeySet();
  private final AtomicLong statementIds = new AtomicLong();
  private final ConnectionOptions settings = new ConnectionOptions();
  private volatile RallyUpDatabaseMetaData metaData;
  private volatile boolean closed;

  RallyUpConnection(
      Connection calcite, RallyUpClient client, RallyUpSession session, ValidityProbe validity)
      throws SQLException {
    super(calcite);
    this.client = client;
    this.session = session;
    this.avatica = calcite.unwrap(AvaticaConnection.class);
    this.validity = validity;
    this.plans = new PlanCache(calcite, PlanCache.DEFAULT_CAPACITY);
  }

  StatementRegistry registry() {
    return session.statements();
  }

  PlanCache plans() {
    return plans;
  }

  long nextStatementId() {
    return statementIds.incrementAndGet();
  }

  /**
   * The flag Calcite's execution context carries for {@code statement}: its key in the registry.
   */
  AtomicBoolean cancelFlag(Statement statement) throws SQLException {
    AvaticaStatement handle = statement.unwrap(AvaticaStatement.class);
    try {
      return avatica.getCancelFlag(handle.handle);
    } catch (NoSuchStatementException e) {
      throw new SQLException("statement is closed", "HY010", e);
    }
  }

  void forget(RallyUpStatement statement) {
    statements.remove(statement);
  }

  private <S extends RallyUpStatement> S track(S statement) {
    statements.add(statement);
    return statement;
  }

  void requireOpen() throws SQLException {
    if (closed || super.isClosed()) {
      throw new SQLNonTransientConnectionException("connection is closed", "08003");
    }
  }

  @Override
  public Statement createStatement() throws SQLException {
    return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
  }

  @Override
  public Statement createStatement(int type, int concurrency) throws SQLException {
    return createStatement(type, concurrency, super.getHoldability());
  }

  @Override
  public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
    requireOpen();
    ResultSetKind kind = settings.downgrade(type, concurrency, holdability);
    Statement statement =
        super.createStatement(kind.type(), kind.concurrency(), kind.holdability());
    return track(new RallyUpStatement(this, statement));
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency)
      throws SQLException {
    return prepareStatement(sql, type, concurrency, super.getHoldability());
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    requireOpen();
    String checked = ReadOnlyGuard.check(sql);
    ResultSetKind kind = settings.downgrade(type, concurrency, holdability);
    PreparedStatement prepared;
    try {
      prepared =
          super.prepareStatement(checked, kind.type(), kind.concurrency(), kind.holdability());
    } catch (SQLException | RuntimeException | AssertionError | LinkageError e) {
      throw SqlErrors.translate(e);
    }
    return track(new RallyUpPreparedStatement(this, prepared));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    return prepareStatement(sql); // a query generates no keys
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepareStatement(sql);
  }

  /** The SQL is the driver's native SQL. */
  @Override
  public String nativeSQL(String sql) throws SQLException {
    requireOpen();
    return sql;
  }

  @Override
  public boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid timeout must not be negative: " + timeoutSeconds, "HY000");
    }
    return !closed && !super.isClosed() && validity.isValid(this, timeoutSeconds);
  }

  @Override
  public void commit() throws SQLException {
    requireOpen();
  }

  @Override
  public void rollback() throws SQLException {
    requireOpen();
  }

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    requireOpen();
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    requireOpen();
    return true;
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    requireOpen();
    ConnectionOptions.checkIsolation(level);
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    requireOpen();
    return Connection.TRANSACTION_NONE;
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    settings.clientInfo(name, value);
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    settings.clientInfo(properties);
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    requireOpen();
    return settings.clientInfo(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    requireOpen();
    return settings.clientInfo();
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    requireOpen();
    return new HashMap<>(); // no user-defined types to map
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    requireOpen();
    if (map != null && !map.isEmpty()) {
      throw new SQLFeatureNotSupportedException(
          "rallyup-jdbc has no user-defined types to map", "0A000");
    }
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    SQLWarning calcite = super.getWarnings();
    SQLWarning ours = settings.warnings();
    return ours != null ? ours : calcite;
  }

  @Override
  public void clearWarnings() throws SQLException {
    super.clearWarnings();
    settings.clearWarnings();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    requireOpen();
    RallyUpDatabaseMetaData answer = metaData;
    if (answer == null) {
      answer = new RallyUpDatabaseMetaData(this, super.getMetaData());
      metaData = answer;
    }
    return answer;
  }

  @Override
  public boolean isClosed() throws SQLException {
    return closed || super.isClosed();
  }

  /** Closes the statements, the plan cache and the HTTP client with the connection. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (RallyUpStatement statement : statements) {
        statement.close();
      }
      plans.close();
    } finally {
      try {
        super.close();
      } finally {
        client.close();
      }
    }
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw new SQLException("abort needs an executor", "HY009");
    }
    close();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrap(this, delegate, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return Wrappers.isWrapperFor(this, delegate, type);
  }

  @Override
  public String toString() {
    return "RallyUp " + delegate;
  }
}
