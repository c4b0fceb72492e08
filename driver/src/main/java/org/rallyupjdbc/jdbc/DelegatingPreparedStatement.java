package org.rallyupjdbc.jdbc;

import java.sql.*;
import java.util.Calendar;

/**
 * Forwards every method {@link PreparedStatement} adds to {@link Statement} to {@code prepared};
 * the statement methods are {@link RallyUpStatement}'s. Generated once from the interface by
 * reflection; behaviour belongs in {@link RallyUpPreparedStatement}.
 */
abstract class DelegatingPreparedStatement extends RallyUpStatement implements PreparedStatement {
  /** Calcite's prepared statement, also the statement's delegate. */
  final PreparedStatement prepared;

  DelegatingPreparedStatement(RallyUpConnection connection, PreparedStatement prepared)
      throws SQLException {
    super(connection, prepared);
    this.prepared = prepared;
  }

  @Override
  public void addBatch() throws SQLException {
    try {
      prepared.addBatch();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void clearParameters() throws SQLException {
    try {
      prepared.clearParameters();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public boolean execute() throws SQLException {
    try {
      return prepared.execute();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    try {
      return prepared.executeLargeUpdate();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    try {
      return prepared.executeQuery();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public int executeUpdate() throws SQLException {
    try {
      return prepared.executeUpdate();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    try {
      return prepared.getMetaData();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    try {
      return prepared.getParameterMetaData();
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setArray(int p1, Array p2) throws SQLException {
    try {
      prepared.setArray(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2) throws SQLException {
    try {
      prepared.setAsciiStream(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    try {
      prepared.setAsciiStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2, long p3) throws SQLException {
    try {
      prepared.setAsciiStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBigDecimal(int p1, java.math.BigDecimal p2) throws SQLException {
    try {
      prepared.setBigDecimal(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2) throws SQLException {
    try {
      prepared.setBinaryStream(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    try {
      prepared.setBinaryStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2, long p3) throws SQLException {
    try {
      prepared.setBinaryStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBlob(int p1, java.io.InputStream p2) throws SQLException {
    try {
      prepared.setBlob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBlob(int p1, Blob p2) throws SQLException {
    try {
      prepared.setBlob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBlob(int p1, java.io.InputStream p2, long p3) throws SQLException {
    try {
      prepared.setBlob(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBoolean(int p1, boolean p2) throws SQLException {
    try {
      prepared.setBoolean(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setByte(int p1, byte p2) throws SQLException {
    try {
      prepared.setByte(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setBytes(int p1, byte[] p2) throws SQLException {
    try {
      prepared.setBytes(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2) throws SQLException {
    try {
      prepared.setCharacterStream(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2, int p3) throws SQLException {
    try {
      prepared.setCharacterStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2, long p3) throws SQLException {
    try {
      prepared.setCharacterStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setClob(int p1, java.io.Reader p2) throws SQLException {
    try {
      prepared.setClob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setClob(int p1, Clob p2) throws SQLException {
    try {
      prepared.setClob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setClob(int p1, java.io.Reader p2, long p3) throws SQLException {
    try {
      prepared.setClob(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setDate(int p1, Date p2) throws SQLException {
    try {
      prepared.setDate(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setDate(int p1, Date p2, Calendar p3) throws SQLException {
    try {
      prepared.setDate(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setDouble(int p1, double p2) throws SQLException {
    try {
      prepared.setDouble(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setFloat(int p1, float p2) throws SQLException {
    try {
      prepared.setFloat(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setInt(int p1, int p2) throws SQLException {
    try {
      prepared.setInt(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setLong(int p1, long p2) throws SQLException {
    try {
      prepared.setLong(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNCharacterStream(int p1, java.io.Reader p2) throws SQLException {
    try {
      prepared.setNCharacterStream(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNCharacterStream(int p1, java.io.Reader p2, long p3) throws SQLException {
    try {
      prepared.setNCharacterStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNClob(int p1, java.io.Reader p2) throws SQLException {
    try {
      prepared.setNClob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNClob(int p1, NClob p2) throws SQLException {
    try {
      prepared.setNClob(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNClob(int p1, java.io.Reader p2, long p3) throws SQLException {
    try {
      prepared.setNClob(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNString(int p1, String p2) throws SQLException {
    try {
      prepared.setNString(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNull(int p1, int p2) throws SQLException {
    try {
      prepared.setNull(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setNull(int p1, int p2, String p3) throws SQLException {
    try {
      prepared.setNull(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setObject(int p1, Object p2) throws SQLException {
    try {
      prepared.setObject(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setObject(int p1, Object p2, int p3) throws SQLException {
    try {
      prepared.setObject(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setObject(int p1, Object p2, SQLType p3) throws SQLException {
    try {
      prepared.setObject(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setObject(int p1, Object p2, int p3, int p4) throws SQLException {
    try {
      prepared.setObject(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setObject(int p1, Object p2, SQLType p3, int p4) throws SQLException {
    try {
      prepared.setObject(p1, p2, p3, p4);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setRef(int p1, Ref p2) throws SQLException {
    try {
      prepared.setRef(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setRowId(int p1, RowId p2) throws SQLException {
    try {
      prepared.setRowId(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setSQLXML(int p1, SQLXML p2) throws SQLException {
    try {
      prepared.setSQLXML(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setShort(int p1, short p2) throws SQLException {
    try {
      prepared.setShort(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setString(int p1, String p2) throws SQLException {
    try {
      prepared.setString(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTime(int p1, Time p2) throws SQLException {
    try {
      prepared.setTime(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTime(int p1, Time p2, Calendar p3) throws SQLException {
    try {
      prepared.setTime(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTimestamp(int p1, Timestamp p2) throws SQLException {
    try {
      prepared.setTimestamp(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setTimestamp(int p1, Timestamp p2, Calendar p3) throws SQLException {
    try {
      prepared.setTimestamp(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  public void setURL(int p1, java.net.URL p2) throws SQLException {
    try {
      prepared.setURL(p1, p2);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }

  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public void setUnicodeStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    try {
      prepared.setUnicodeStream(p1, p2, p3);
    } catch (RuntimeException e) {
      throw SqlErrors.fromRuntime(e);
    }
  }
}
