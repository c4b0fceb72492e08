package org.rallyupjdbc.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * A forward-only, read-only result set over {@link MetadataRows}, with its metadata. It offers what
 * metadata readers call: cursor movement, the typed getters by position or label, {@code wasNull},
 * {@code findColumn}, {@code getObject(column, Class)} and the descriptive getters; the rest is
 * {@link UnsupportedResultSet}'s refusal. {@code getStatement()} is null, as for any result set
 * from DatabaseMetaData. A getter of a primitive answers 0 or false for SQL NULL, as JDBC says.
 */
final class RowsResultSet extends UnsupportedResultSet {
  private final MetadataRows rows;
  private int position; // 0 before the first row, size + 1 after the last
  private boolean lastWasNull;
  private boolean closed;

  private RowsResultSet(MetadataRows rows) {
    this.rows = rows;
  }

  static ResultSet of(MetadataRows rows) {
    return new RowsResultSet(rows);
  }

  private void requireOpen() throws SQLException {
    if (closed) {
      throw new SQLException("result set is closed", "HY010");
    }
  }

  private int size() {
    return rows.rows().size();
  }

  @Override
  public boolean next() throws SQLException {
    requireOpen();
    position = Math.min(position + 1, size() + 1);
    return position <= size();
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    requireOpen();
    return lastWasNull;
  }

  @Override
  public int findColumn(String label) throws SQLException {
    requireOpen();
    try {
      return rows.index(label) + 1;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SQLException("no column named " + label, "42S22", e);
    }
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    requireOpen();
    return new RowsResultSetMetaData(rows.columns());
  }

  @Override
  public Object getObject(int column) throws SQLException {
    return value(column);
  }

  @Override
  public Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  @Override
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a class", "HY009");
    }
    return ValueCoercion.convert(value(column), type);
  }

  @Override
  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  @Override
  public String getString(int column) throws SQLException {
    return ValueCoercion.convert(value(column), String.class);
  }

  @Override
  public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override
  public int getInt(int column) throws SQLException {
    Integer value = ValueCoercion.convert(value(column), Integer.class);
    return value == null ? 0 : value;
  }

  @Override
  public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  @Override
  public long getLong(int column) throws SQLException {
    Long value = ValueCoercion.convert(value(column), Long.class);
    return value == null ? 0L : value;
  }

  @Override
  public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  @Override
  public short getShort(int column) throws SQLException {
    Short value = ValueCoercion.convert(value(column), Short.class);
    return value == null ? (short) 0 : value;
  }

  @Override
  public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  @Override
  public byte getByte(int column) throws SQLException {
    Byte value = ValueCoercion.convert(value(column), Byte.class);
    return value == null ? (byte) 0 : value;
  }

  @Override
  public byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Boolean value = ValueCoercion.convert(value(column), Boolean.class);
    return value == null ? false : value;
  }

  @Override
  public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  @Override
  public double getDouble(int column) throws SQLException {
    Double value = ValueCoercion.convert(value(column), Double.class);
    return value == null ? 0.0 : value;
  }

  @Override
  public double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  @Override
  public float getFloat(int column) throws SQLException {
    Float value = ValueCoercion.convert(value(column), Float.class);
    return value == null ? 0.0f : value;
  }

  @Override
  public float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    return ValueCoercion.convert(value(column), BigDecimal.class);
  }

  @Override
  public BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }

  @Override
  public Statement getStatement() throws SQLException {
    requireOpen();
    return null;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    requireOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    requireOpen();
  }

  @Override
  public String getCursorName() throws SQLException {
    requireOpen();
    return null;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    requireOpen();
  }

  @Override
  public int getFetchSize() throws SQLException {
    requireOpen();
    return 0;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    requireOpen();
  }

  @Override
  public int getFetchDirection() throws SQLException {
    requireOpen();
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public int getType() throws SQLException {
    requireOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() throws SQLException {
    requireOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() throws SQLException {
    requireOpen();
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public int getRow() throws SQLException {
    requireOpen();
    return position >= 1 && position <= size() ? position : 0;
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    requireOpen();
    return position == 0 && size() > 0;
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    requireOpen();
    return position > size() && size() > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    requireOpen();
    return position == 1 && size() > 0;
  }

  @Override
  public boolean isLast() throws SQLException {
    requireOpen();
    return position == size() && size() > 0;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrapSelf(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }

  @Override
  public String toString() {
    return "RallyUp metadata rows (" + size() + ")";
  }

  private Object value(int column) throws SQLException {
    requireOpen();
    if (position < 1 || position > size()) {
      throw new SQLException("the result set is not on a row", "24000");
    }
    if (column < 1 || column > rows.columns().size()) {
      throw new SQLException("no column " + column, "07009");
    }
    Object value = rows.rows().get(position - 1)[column - 1];
    lastWasNull = value == null;
    return value;
  }
}
