package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * A result set that answers {@code getObject(column, Class)} (Avatica throws for every class) for
 * the java.time classes, BigDecimal, String and the boxed types, cuts text to the statement's
 * maximum field size, ends at the statement's maximum row count, and warns of what its statement's
 * scans noticed.
 */
final class ResultSetOverrides implements Overrides {
  private final ResultSet target;
  private final int maxFieldSize;
  private final long maxRows;
  private final ScanWarnings warnings;
  private long rowsRead;
  private ResultSetMetaData metaData;

  ResultSetOverrides(ResultSet target, int maxFieldSize, long maxRows, ScanWarnings warnings) {
    this.target = target;
    this.maxFieldSize = maxFieldSize;
    this.maxRows = maxRows;
    this.warnings = warnings;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (name.equals("getWarnings")) {
      return StatementOverrides.chain(target.getWarnings(), warnings);
    }
    if (name.equals("clearWarnings")) {
      warnings.clear();
      return CALCITE;
    }
    if (name.equals("next") && maxRows > 0) {
      if (rowsRead >= maxRows || !target.next()) {
        return false;
      }
      rowsRead++;
      return true;
    }
    if (name.equals("getObject") && args.length == 2 && args[1] instanceof Class<?> type) {
      int column = column(args[0]);
      return type == String.class
          ? cut(column, target.getString(column))
          : ValueCoercion.convert(natural(column), type);
    }
    if (maxFieldSize > 0 && args != null && args.length == 1 && isTextGetter(name)) {
      int column = column(args[0]);
      return cut(
          column, name.equals("getObject") ? target.getObject(column) : target.getString(column));
    }
    return CALCITE;
  }

  private static boolean isTextGetter(String name) {
    return name.equals("getString") || name.equals("getNString") || name.equals("getObject");
  }

  private int column(Object indexOrLabel) throws SQLException {
    return indexOrLabel instanceof Integer index ? index : target.findColumn((String) indexOrLabel);
  }

  /**
   * The column's value in the driver's own terms. TIMESTAMP, DATE and TIME values are read from
   * their text, which Avatica prints from Calcite's wall-clock value as is, where its java.sql
   * getters shift it through the JVM's zone (and through a daylight-saving gap).
   */
  private Object natural(int column) throws SQLException {
    return switch (type(column)) {
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          ValueCoercion.convert(target.getString(column), LocalDateTime.class);
      case Types.DATE -> ValueCoercion.convert(target.getString(column), LocalDate.class);
      case Types.TIME -> ValueCoercion.convert(target.getString(column), LocalTime.class);
      default -> target.getObject(column);
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
    if (metaData == null) {
      metaData = target.getMetaData();
    }
    return metaData.getColumnType(column);
  }
}
