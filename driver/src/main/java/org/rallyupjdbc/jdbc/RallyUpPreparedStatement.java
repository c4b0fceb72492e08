package org.rallyupjdbc.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ParameterMetaData;
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
  private RallyUpParameterMetaData parameters;

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
      return current(new RallyUpResultSet(this, super.executeQuery(), () -> {}));
    } catch (SQLException | RuntimeException | AssertionError | LinkageError e) {
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
      return super.executeLargeUpdate();
    } catch (SQLException | RuntimeException | AssertionError | LinkageError e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    requireOpen();
    if (metaData == null) {
      ResultSetMetaData calcite = super.getMetaData();
      metaData = calcite == null ? null : new RallyUpResultSetMetaData(calcite);
    }
    return metaData;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    requireOpen();
    if (parameters == null) {
      parameters = new RallyUpParameterMetaData(super.getParameterMetaData());
    }
    return parameters;
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
      super.setObject(index, value, targetType);
    }
  }

  @Override
  public void setObject(int index, Object value, SQLType targetType, int scale)
      throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setObject(index, value, targetType, scale);
    }
  }

  @Override
  public void setNull(int index, int sqlType) throws SQLException {
    if (!binder.bind(index, null, null)) {
      super.setNull(index, sqlType);
    }
  }

  @Override
  public void setNull(int index, int sqlType, String typeName) throws SQLException {
    if (!binder.bind(index, null, null)) {
      super.setNull(index, sqlType, typeName);
    }
  }

  @Override
  public void setObject(int index, Object value, int targetType) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setObject(index, value, targetType);
    }
  }

  @Override
  public void setObject(int index, Object value, int targetType, int scale) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setObject(index, value, targetType, scale);
    }
  }

  @Override
  public void setBoolean(int index, boolean value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setBoolean(index, value);
    }
  }

  @Override
  public void setByte(int index, byte value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setByte(index, value);
    }
  }

  @Override
  public void setShort(int index, short value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setShort(index, value);
    }
  }

  @Override
  public void setInt(int index, int value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setInt(index, value);
    }
  }

  @Override
  public void setLong(int index, long value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setLong(index, value);
    }
  }

  @Override
  public void setFloat(int index, float value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setFloat(index, value);
    }
  }

  @Override
  public void setDouble(int index, double value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setDouble(index, value);
    }
  }

  @Override
  public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setBigDecimal(index, value);
    }
  }

  @Override
  public void setString(int index, String value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setString(index, value);
    }
  }

  @Override
  public void setNString(int index, String value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setNString(index, value);
    }
  }

  @Override
  public void setObject(int index, Object value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setObject(index, value);
    }
  }

  @Override
  public void setDate(int index, Date value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setDate(index, value);
    }
  }

  @Override
  public void setDate(int index, Date value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      super.setDate(index, value, calendar);
    }
  }

  @Override
  public void setTime(int index, Time value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setTime(index, value);
    }
  }

  @Override
  public void setTime(int index, Time value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      super.setTime(index, value, calendar);
    }
  }

  @Override
  public void setTimestamp(int index, Timestamp value) throws SQLException {
    if (!binder.bind(index, value, null)) {
      super.setTimestamp(index, value);
    }
  }

  @Override
  public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
    if (!binder.bind(index, value, calendar)) {
      super.setTimestamp(index, value, calendar);
    }
  }
}
