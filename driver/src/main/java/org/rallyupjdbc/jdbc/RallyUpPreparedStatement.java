package org.rallyupjdbc.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * A prepared statement whose re-execution runs its plan again without planning, and which binds
 * each parameter as the type the SQL gives it, whatever setter the caller chose ({@link
 * ParameterBinder}). Its statement behaviour is {@link RallyUpStatement}'s; SQL text is taken only
 * when preparing, as JDBC says.
 */
final class RallyUpPreparedStatement extends DelegatingPreparedStatement {
  private final ParameterBinder binder;
  private RallyUpResultSetMetaData metaData;

  RallyUpPreparedStatement(RallyUpConnection connection, java.sql.PreparedStatement prepared)
      throws SQLException {
    super(connection, prepared);
    this.binder = new ParameterBinder(prepared);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    requireOpen();
    closeCurrent();
    state.beginExecution();
    try {
      return current(new RallyUpResultSet(this, prepared.executeQuery(), () -> {}));
    } catch (SQLException | RuntimeException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public boolean execute() throws SQLException {
    executeQuery();
    return true;
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) executeLargeUpdate();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    requireOpen();
    closeCurrent();
    state.beginExecution();
    try {
      return prepared.executeLargeUpdate();
    } catch (SQLException | RuntimeException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    requireOpen();
    if (metaData == null) {
      ResultSetMetaData calcite = prepared.getMetaData();
      metaData = calcite == null ? null : new RallyUpResultSetMetaData(calcite);
    }
    return metaData;
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw takesNoSql();
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw takesNoSql();
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw takesNoSql();
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw takesNoSql();
  }

  private static SQLException takesNoSql() {
    return new SQLException("a PreparedStatement runs the SQL it was prepared with", "HY000");
  }

  @Override
  public void setObject(int index, Object value, SQLType targetType) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setObject(index, value, targetType);
    }
  }

  @Override
  public void setObject(int index, Object value, SQLType targetType, int scale)
      throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setObject(index, value, targetType, scale);
    }
  }

  @Override
  public void setNull(int index, int sqlType) throws SQLException {
    if (!binder.bind(index, null, null)) {
      prepared.setNull(index, sqlType);
    }
  }

  @Override
  public void setNull(int index, int sqlType, String typeName) throws SQLException {
    if (!binder.bind(index, null, null)) {
      prepared.setNull(index, sqlType, typeName);
    }
  }

  @Override
  public void setObject(int index, Object value, int targetType) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setObject(index, value, targetType);
    }
  }

  @Override
  public void setObject(int index, Object value, int targetType, int scale) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setObject(index, value, targetType, scale);
    }
  }

  @Override
  public void setBoolean(int index, boolean value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setBoolean(index, value);
    }
  }

  @Override
  public void setByte(int index, byte value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setByte(index, value);
    }
  }

  @Override
  public void setShort(int index, short value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setShort(index, value);
    }
  }

  @Override
  public void setInt(int index, int value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setInt(index, value);
    }
  }

  @Override
  public void setLong(int index, long value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setLong(index, value);
    }
  }

  @Override
  public void setFloat(int index, float value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setFloat(index, value);
    }
  }

  @Override
  public void setDouble(int index, double value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setDouble(index, value);
    }
  }

  @Override
  public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setBigDecimal(index, value);
    }
  }

  @Override
  public void setString(int index, String value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setString(index, value);
    }
  }

  @Override
  public void setNString(int index, String value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setNString(index, value);
    }
  }

  @Override
  public void setObject(int index, Object value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setObject(index, value);
    }
  }

  @Override
  public void setDate(int index, Date value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setDate(index, value);
    }
  }

  @Override
  public void setDate(int index, Date value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      prepared.setDate(index, value, calendar);
    }
  }

  @Override
  public void setTime(int index, Time value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setTime(index, value);
    }
  }

  @Override
  public void setTime(int index, Time value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      prepared.setTime(index, value, calendar);
    }
  }

  @Override
  public void setTimestamp(int index, Timestamp value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      prepared.setTimestamp(index, value);
    }
  }

  @Override
  public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      prepared.setTimestamp(index, value, calendar);
    }
  }
}
