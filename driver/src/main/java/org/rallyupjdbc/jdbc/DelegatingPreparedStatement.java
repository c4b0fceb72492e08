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
    prepared.addBatch();
  }

  @Override
  public void clearParameters() throws SQLException {
    prepared.clearParameters();
  }

  @Override
  public boolean execute() throws SQLException {
    return prepared.execute();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return prepared.executeLargeUpdate();
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return prepared.executeQuery();
  }

  @Override
  public int executeUpdate() throws SQLException {
    return prepared.executeUpdate();
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    return prepared.getMetaData();
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    return prepared.getParameterMetaData();
  }

  @Override
  public void setArray(int p1, Array p2) throws SQLException {
    prepared.setArray(p1, p2);
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2) throws SQLException {
    prepared.setAsciiStream(p1, p2);
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    prepared.setAsciiStream(p1, p2, p3);
  }

  @Override
  public void setAsciiStream(int p1, java.io.InputStream p2, long p3) throws SQLException {
    prepared.setAsciiStream(p1, p2, p3);
  }

  @Override
  public void setBigDecimal(int p1, java.math.BigDecimal p2) throws SQLException {
    prepared.setBigDecimal(p1, p2);
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2) throws SQLException {
    prepared.setBinaryStream(p1, p2);
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    prepared.setBinaryStream(p1, p2, p3);
  }

  @Override
  public void setBinaryStream(int p1, java.io.InputStream p2, long p3) throws SQLException {
    prepared.setBinaryStream(p1, p2, p3);
  }

  @Override
  public void setBlob(int p1, java.io.InputStream p2) throws SQLException {
    prepared.setBlob(p1, p2);
  }

  @Override
  public void setBlob(int p1, Blob p2) throws SQLException {
    prepared.setBlob(p1, p2);
  }

  @Override
  public void setBlob(int p1, java.io.InputStream p2, long p3) throws SQLException {
    prepared.setBlob(p1, p2, p3);
  }

  @Override
  public void setBoolean(int p1, boolean p2) throws SQLException {
    prepared.setBoolean(p1, p2);
  }

  @Override
  public void setByte(int p1, byte p2) throws SQLException {
    prepared.setByte(p1, p2);
  }

  @Override
  public void setBytes(int p1, byte[] p2) throws SQLException {
    prepared.setBytes(p1, p2);
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2) throws SQLException {
    prepared.setCharacterStream(p1, p2);
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2, int p3) throws SQLException {
    prepared.setCharacterStream(p1, p2, p3);
  }

  @Override
  public void setCharacterStream(int p1, java.io.Reader p2, long p3) throws SQLException {
    prepared.setCharacterStream(p1, p2, p3);
  }

  @Override
  public void setClob(int p1, java.io.Reader p2) throws SQLException {
    prepared.setClob(p1, p2);
  }

  @Override
  public void setClob(int p1, Clob p2) throws SQLException {
    prepared.setClob(p1, p2);
  }

  @Override
  public void setClob(int p1, java.io.Reader p2, long p3) throws SQLException {
    prepared.setClob(p1, p2, p3);
  }

  @Override
  public void setDate(int p1, Date p2) throws SQLException {
    prepared.setDate(p1, p2);
  }

  @Override
  public void setDate(int p1, Date p2, Calendar p3) throws SQLException {
    prepared.setDate(p1, p2, p3);
  }

  @Override
  public void setDouble(int p1, double p2) throws SQLException {
    prepared.setDouble(p1, p2);
  }

  @Override
  public void setFloat(int p1, float p2) throws SQLException {
    prepared.setFloat(p1, p2);
  }

  @Override
  public void setInt(int p1, int p2) throws SQLException {
    prepared.setInt(p1, p2);
  }

  @Override
  public void setLong(int p1, long p2) throws SQLException {
    prepared.setLong(p1, p2);
  }

  @Override
  public void setNCharacterStream(int p1, java.io.Reader p2) throws SQLException {
    prepared.setNCharacterStream(p1, p2);
  }

  @Override
  public void setNCharacterStream(int p1, java.io.Reader p2, long p3) throws SQLException {
    prepared.setNCharacterStream(p1, p2, p3);
  }

  @Override
  public void setNClob(int p1, java.io.Reader p2) throws SQLException {
    prepared.setNClob(p1, p2);
  }

  @Override
  public void setNClob(int p1, NClob p2) throws SQLException {
    prepared.setNClob(p1, p2);
  }

  @Override
  public void setNClob(int p1, java.io.Reader p2, long p3) throws SQLException {
    prepared.setNClob(p1, p2, p3);
  }

  @Override
  public void setNString(int p1, String p2) throws SQLException {
    prepared.setNString(p1, p2);
  }

  @Override
  public void setNull(int p1, int p2) throws SQLException {
    prepared.setNull(p1, p2);
  }

  @Override
  public void setNull(int p1, int p2, String p3) throws SQLException {
    prepared.setNull(p1, p2, p3);
  }

  @Override
  public void setObject(int p1, Object p2) throws SQLException {
    prepared.setObject(p1, p2);
  }

  @Override
  public void setObject(int p1, Object p2, int p3) throws SQLException {
    prepared.setObject(p1, p2, p3);
  }

  @Override
  public void setObject(int p1, Object p2, SQLType p3) throws SQLException {
    prepared.setObject(p1, p2, p3);
  }

  @Override
  public void setObject(int p1, Object p2, int p3, int p4) throws SQLException {
    prepared.setObject(p1, p2, p3, p4);
  }

  @Override
  public void setObject(int p1, Object p2, SQLType p3, int p4) throws SQLException {
    prepared.setObject(p1, p2, p3, p4);
  }

  @Override
  public void setRef(int p1, Ref p2) throws SQLException {
    prepared.setRef(p1, p2);
  }

  @Override
  public void setRowId(int p1, RowId p2) throws SQLException {
    prepared.setRowId(p1, p2);
  }

  @Override
  public void setSQLXML(int p1, SQLXML p2) throws SQLException {
    prepared.setSQLXML(p1, p2);
  }

  @Override
  public void setShort(int p1, short p2) throws SQLException {
    prepared.setShort(p1, p2);
  }

  @Override
  public void setString(int p1, String p2) throws SQLException {
    prepared.setString(p1, p2);
  }

  @Override
  public void setTime(int p1, Time p2) throws SQLException {
    prepared.setTime(p1, p2);
  }

  @Override
  public void setTime(int p1, Time p2, Calendar p3) throws SQLException {
    prepared.setTime(p1, p2, p3);
  }

  @Override
  public void setTimestamp(int p1, Timestamp p2) throws SQLException {
    prepared.setTimestamp(p1, p2);
  }

  @Override
  public void setTimestamp(int p1, Timestamp p2, Calendar p3) throws SQLException {
    prepared.setTimestamp(p1, p2, p3);
  }

  @Override
  public void setURL(int p1, java.net.URL p2) throws SQLException {
    prepared.setURL(p1, p2);
  }

  @Override
  @Deprecated
  @SuppressWarnings("deprecation")
  public void setUnicodeStream(int p1, java.io.InputStream p2, int p3) throws SQLException {
    prepared.setUnicodeStream(p1, p2, p3);
  }
}
