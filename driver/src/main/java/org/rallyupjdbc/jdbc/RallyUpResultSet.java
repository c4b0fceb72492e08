package org.rallyupjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * A result set that answers {@code getObject(column, Class)} (Avatica throws for every class) for
 * the java.time classes, BigDecimal, String and the boxed types, cuts text to its statement's
 * maximum field size, ends at its statement's maximum row count (a prepared plan ignores {@code
 * setMaxRows}), warns of what its statement's scans noticed, and names its own statement: the
 * user's wrapper, or null for metadata answers.
 */
final class RallyUpResultSet extends DelegatingResultSet {
  private final RallyUpStatement statement;
  private final int maxFieldSize;
  private final long maxRows;
  private final ScanWarnings warnings;
  private final Runnable onClose;
  private long rowsRead;
  private RallyUpResultSetMetaData metaData;
  private boolean closed;

  RallyUpResultSet(RallyUpStatement statement, ResultSet delegate, Runnable onClose) {
    super(delegate);
    this.statement = statement;
    this.maxFieldSize = statement == null ? 0 : statement.maxFieldSize();
    this.maxRows = statement == null ? 0 : statement.state.maxRows();
    this.warnings = statement == null ? new ScanWarnings() : statement.state.warnings();
    this.onClose = onClose;
  }

  /** A metadata answer: no statement, no limits. */
  static RallyUpResultSet ofMetadata(ResultSet delegate) {
    return new RallyUpResultSet(null, delegate, () -> {});
  }

  @Override
  public Statement getStatement() throws SQLException {
    super.getStatement(); // fails as Calcite does if the result set is closed
    return statement;
  }

  @Override
  public boolean next() throws SQLException {
    if (maxRows > 0 && rowsRead >= maxRows) {
      return false;
    }
    boolean more;
    try {
      more = super.next();
    } catch (SQLException | RuntimeException | AssertionError | LinkageError e) {
      throw SqlErrors.translate(e);
    }
    if (more) {
      rowsRead++;
    }
    return more;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    return Warnings.chain(super.getWarnings(), warnings);
  }

  @Override
  public void clearWarnings() throws SQLException {
    super.clearWarnings();
    warnings.clear();
  }

  @Override
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a class", "HY009");
    }
    return type == String.class
        ? type.cast(cut(column, super.getString(column)))
        : ValueCoercion.convert(natural(column), type);
  }

  @Override
  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(super.findColumn(label), type);
  }

  @Override
  public String getString(int column) throws SQLException {
    return (String) cut(column, super.getString(column));
  }

  @Override
  public String getString(String label) throws SQLException {
    return getString(super.findColumn(label));
  }

  @Override
  public String getNString(int column) throws SQLException {
    return (String) cut(column, super.getNString(column));
  }

  @Override
  public String getNString(String label) throws SQLException {
    return getNString(super.findColumn(label));
  }

  @Override
  public Object getObject(int column) throws SQLException {
    return cut(column, super.getObject(column));
  }

  @Override
  public Object getObject(String label) throws SQLException {
    return getObject(super.findColumn(label));
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    if (metaData == null) {
      metaData = new RallyUpResultSetMetaData(super.getMetaData());
    }
    return metaData;
  }

  @Override
  public boolean isClosed() throws SQLException {
    return closed || super.isClosed();
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      super.close();
    } finally {
      onClose.run();
      if (statement != null) {
        statement.closed(this);
      }
    }
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrap(this, delegate, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return Wrappers.isWrapperFor(this, delegate, type);
  }

  /**
   * The column's value in the driver's own terms. TIMESTAMP, DATE and TIME values are read from
   * their text, which Avatica prints from Calcite's wall-clock value as is, where its java.sql
   * getters shift it through the JVM's zone (and through a daylight-saving gap).
   */
  private Object natural(int column) throws SQLException {
    return switch (type(column)) {
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          ValueCoercion.convert(super.getString(column), LocalDateTime.class);
      case Types.DATE -> ValueCoercion.convert(super.getString(column), LocalDate.class);
      case Types.TIME -> ValueCoercion.convert(super.getString(column), LocalTime.class);
      default -> super.getObject(column);
    };
  }

  private Object cut(int column, Object value) throws SQLException {
    if (maxFieldSize > 0
        && value instanceof String text
        && text.length() > maxFieldSize
        && isText(type(column))) {
      return text.substring(0, maxFieldSize);
    }
    return value;
  }

  private static boolean isText(int type) {
    return type == Types.CHAR
        || type == Types.VARCHAR
        || type == Types.LONGVARCHAR
        || type == Types.NCHAR
        || type == Types.NVARCHAR;
  }

  private int type(int column) throws SQLException {
    return getMetaData().getColumnType(column);
  }
}
