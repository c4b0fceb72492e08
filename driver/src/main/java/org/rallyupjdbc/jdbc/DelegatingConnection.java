package org.rallyupjdbc.jdbc;

import java.sql.*;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * Forwards every {@link Connection} method, default methods included, to {@code delegate}.
 * Generated once from the interface by reflection and kept mechanical: behaviour belongs in {@link
 * RallyUpConnection}, which overrides by real methods the compiler checks.
 */
abstract class DelegatingConnection implements Connection {
  /** Calcite's connection. */
  final Connection delegate;

  DelegatingConnection(Connection delegate) {
    this.delegate = delegate;
  }

  @Override
  public void abort(Executor p1) throws SQLException {
    try {
      delegate.abort(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void beginRequest() throws SQLException {
    try {
      delegate.beginRequest();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void clearWarnings() throws SQLException {
    try {
      delegate.clearWarnings();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      delegate.close();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void commit() throws SQLException {
    try {
      delegate.commit();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Array createArrayOf(String p1, Object[] p2) throws SQLException {
    try {
      return delegate.createArrayOf(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Blob createBlob() throws SQLException {
    try {
      return delegate.createBlob();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Clob createClob() throws SQLException {
    try {
      return delegate.createClob();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public NClob createNClob() throws SQLException {
    try {
      return delegate.createNClob();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    try {
      return delegate.createSQLXML();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Statement createStatement() throws SQLException {
    try {
      return delegate.createStatement();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Statement createStatement(int p1, int p2) throws SQLException {
    try {
      return delegate.createStatement(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Statement createStatement(int p1, int p2, int p3) throws SQLException {
    try {
      return delegate.createStatement(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Struct createStruct(String p1, Object[] p2) throws SQLException {
    try {
      return delegate.createStruct(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void endRequest() throws SQLException {
    try {
      delegate.endRequest();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    try {
      return delegate.getAutoCommit();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getCatalog() throws SQLException {
    try {
      return delegate.getCatalog();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    try {
      return delegate.getClientInfo();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getClientInfo(String p1) throws SQLException {
    try {
      return delegate.getClientInfo(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getHoldability() throws SQLException {
    try {
      return delegate.getHoldability();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    try {
      return delegate.getMetaData();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    try {
      return delegate.getNetworkTimeout();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String getSchema() throws SQLException {
    try {
      return delegate.getSchema();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    try {
      return delegate.getTransactionIsolation();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    try {
      return delegate.getTypeMap();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    try {
      return delegate.getWarnings();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isClosed() throws SQLException {
    try {
      return delegate.isClosed();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    try {
      return delegate.isReadOnly();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isValid(int p1) throws SQLException {
    try {
      return delegate.isValid(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class<?> p1) throws SQLException {
    try {
      return delegate.isWrapperFor(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String nativeSQL(String p1) throws SQLException {
    try {
      return delegate.nativeSQL(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public CallableStatement prepareCall(String p1) throws SQLException {
    try {
      return delegate.prepareCall(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public CallableStatement prepareCall(String p1, int p2, int p3) throws SQLException {
    try {
      return delegate.prepareCall(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public CallableStatement prepareCall(String p1, int p2, int p3, int p4) throws SQLException {
    try {
      return delegate.prepareCall(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1) throws SQLException {
    try {
      return delegate.prepareStatement(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1, int[] p2) throws SQLException {
    try {
      return delegate.prepareStatement(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1, String[] p2) throws SQLException {
    try {
      return delegate.prepareStatement(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1, int p2) throws SQLException {
    try {
      return delegate.prepareStatement(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1, int p2, int p3) throws SQLException {
    try {
      return delegate.prepareStatement(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public PreparedStatement prepareStatement(String p1, int p2, int p3, int p4) throws SQLException {
    try {
      return delegate.prepareStatement(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void releaseSavepoint(Savepoint p1) throws SQLException {
    try {
      delegate.releaseSavepoint(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void rollback() throws SQLException {
    try {
      delegate.rollback();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void rollback(Savepoint p1) throws SQLException {
    try {
      delegate.rollback(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setAutoCommit(boolean p1) throws SQLException {
    try {
      delegate.setAutoCommit(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setCatalog(String p1) throws SQLException {
    try {
      delegate.setCatalog(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setClientInfo(Properties p1) throws SQLClientInfoException {
    delegate.setClientInfo(p1);
  }

  @Override
  public void setClientInfo(String p1, String p2) throws SQLClientInfoException {
    delegate.setClientInfo(p1, p2);
  }

  @Override
  public void setHoldability(int p1) throws SQLException {
    try {
      delegate.setHoldability(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNetworkTimeout(Executor p1, int p2) throws SQLException {
    try {
      delegate.setNetworkTimeout(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setReadOnly(boolean p1) throws SQLException {
    try {
      delegate.setReadOnly(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    try {
      return delegate.setSavepoint();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Savepoint setSavepoint(String p1) throws SQLException {
    try {
      return delegate.setSavepoint(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setSchema(String p1) throws SQLException {
    try {
      delegate.setSchema(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setShardingKey(ShardingKey p1) throws SQLException {
    try {
      delegate.setShardingKey(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setShardingKey(ShardingKey p1, ShardingKey p2) throws SQLException {
    try {
      delegate.setShardingKey(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey p1, int p2) throws SQLException {
    try {
      return delegate.setShardingKeyIfValid(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey p1, ShardingKey p2, int p3) throws SQLException {
    try {
      return delegate.setShardingKeyIfValid(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTransactionIsolation(int p1) throws SQLException {
    try {
      delegate.setTransactionIsolation(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> p1) throws SQLException {
    try {
      delegate.setTypeMap(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public <T> T unwrap(Class<T> p1) throws SQLException {
    try {
      return delegate.unwrap(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
