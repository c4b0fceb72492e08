package org.rallyupjdbc.jdbc;

import java.sql.*;

/**
 * Forwards every {@link Statement} method, default methods included, to {@code delegate}. Generated
 * once from the interface by reflection; behaviour belongs in {@link RallyUpStatement}.
 */
abstract class DelegatingStatement implements Statement {
  /** Calcite's statement. */
  final Statement delegate;

  DelegatingStatement(Statement delegate) {
    this.delegate = delegate;
  }

  @Override
  public void addBatch(String p1) throws SQLException {
    try {
      delegate.addBatch(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void cancel() throws SQLException {
    try {
      delegate.cancel();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void clearBatch() throws SQLException {
    try {
      delegate.clearBatch();
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
  public void closeOnCompletion() throws SQLException {
    try {
      delegate.closeOnCompletion();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String enquoteIdentifier(String p1, boolean p2) throws SQLException {
    try {
      return delegate.enquoteIdentifier(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String enquoteLiteral(String p1) throws SQLException {
    try {
      return delegate.enquoteLiteral(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public String enquoteNCharLiteral(String p1) throws SQLException {
    try {
      return delegate.enquoteNCharLiteral(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean execute(String p1) throws SQLException {
    try {
      return delegate.execute(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean execute(String p1, int[] p2) throws SQLException {
    try {
      return delegate.execute(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean execute(String p1, String[] p2) throws SQLException {
    try {
      return delegate.execute(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean execute(String p1, int p2) throws SQLException {
    try {
      return delegate.execute(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int[] executeBatch() throws SQLException {
    try {
      return delegate.executeBatch();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    try {
      return delegate.executeLargeBatch();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long executeLargeUpdate(String p1) throws SQLException {
    try {
      return delegate.executeLargeUpdate(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long executeLargeUpdate(String p1, int[] p2) throws SQLException {
    try {
      return delegate.executeLargeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long executeLargeUpdate(String p1, String[] p2) throws SQLException {
    try {
      return delegate.executeLargeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long executeLargeUpdate(String p1, int p2) throws SQLException {
    try {
      return delegate.executeLargeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet executeQuery(String p1) throws SQLException {
    try {
      return delegate.executeQuery(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int executeUpdate(String p1) throws SQLException {
    try {
      return delegate.executeUpdate(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int executeUpdate(String p1, int[] p2) throws SQLException {
    try {
      return delegate.executeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int executeUpdate(String p1, String[] p2) throws SQLException {
    try {
      return delegate.executeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int executeUpdate(String p1, int p2) throws SQLException {
    try {
      return delegate.executeUpdate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return delegate.getConnection();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    try {
      return delegate.getFetchDirection();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getFetchSize() throws SQLException {
    try {
      return delegate.getFetchSize();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    try {
      return delegate.getGeneratedKeys();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    try {
      return delegate.getLargeMaxRows();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    try {
      return delegate.getLargeUpdateCount();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    try {
      return delegate.getMaxFieldSize();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getMaxRows() throws SQLException {
    try {
      return delegate.getMaxRows();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    try {
      return delegate.getMoreResults();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean getMoreResults(int p1) throws SQLException {
    try {
      return delegate.getMoreResults(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    try {
      return delegate.getQueryTimeout();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    try {
      return delegate.getResultSet();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    try {
      return delegate.getResultSetConcurrency();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    try {
      return delegate.getResultSetHoldability();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getResultSetType() throws SQLException {
    try {
      return delegate.getResultSetType();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int getUpdateCount() throws SQLException {
    try {
      return delegate.getUpdateCount();
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
  public boolean isCloseOnCompletion() throws SQLException {
    try {
      return delegate.isCloseOnCompletion();
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
  public boolean isPoolable() throws SQLException {
    try {
      return delegate.isPoolable();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean isSimpleIdentifier(String p1) throws SQLException {
    try {
      return delegate.isSimpleIdentifier(p1);
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
  public void setCursorName(String p1) throws SQLException {
    try {
      delegate.setCursorName(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setEscapeProcessing(boolean p1) throws SQLException {
    try {
      delegate.setEscapeProcessing(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setFetchDirection(int p1) throws SQLException {
    try {
      delegate.setFetchDirection(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setFetchSize(int p1) throws SQLException {
    try {
      delegate.setFetchSize(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setLargeMaxRows(long p1) throws SQLException {
    try {
      delegate.setLargeMaxRows(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setMaxFieldSize(int p1) throws SQLException {
    try {
      delegate.setMaxFieldSize(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setMaxRows(int p1) throws SQLException {
    try {
      delegate.setMaxRows(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setPoolable(boolean p1) throws SQLException {
    try {
      delegate.setPoolable(p1);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setQueryTimeout(int p1) throws SQLException {
    try {
      delegate.setQueryTimeout(p1);
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
