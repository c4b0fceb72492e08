package org.rallyupjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Map;

/**
 * A forward-only, read-only result set over {@link MetadataRows}, with its metadata. It offers what
 * metadata readers call: cursor movement, the typed getters by position or label, {@code wasNull},
 * {@code findColumn}, {@code getObject(column, Class)} and the descriptive getters; other methods
 * throw {@link SQLFeatureNotSupportedException}. {@code getStatement()} is null, as for any result
 * set from DatabaseMetaData.
 */
final class RowsResultSet implements InvocationHandler {
  private static final Map<String, Class<?>> GETTERS =
      Map.of(
          "getString", String.class,
          "getInt", Integer.class,
          "getLong", Long.class,
          "getShort", Short.class,
          "getByte", Byte.class,
          "getBoolean", Boolean.class,
          "getDouble", Double.class,
          "getFloat", Float.class,
          "getBigDecimal", BigDecimal.class);
  private static final Map<Class<?>, Object> ZEROS =
      Map.of(
          Integer.class,
          0,
          Long.class,
          0L,
          Short.class,
          (short) 0,
          Byte.class,
          (byte) 0,
          Boolean.class,
          false,
          Double.class,
          0.0,
          Float.class,
          0.0f);

  private final MetadataRows rows;
  private int position; // 0 before the first row, size + 1 after the last
  private boolean lastWasNull;
  private boolean closed;

  private RowsResultSet(MetadataRows rows) {
    this.rows = rows;
  }

  static ResultSet of(MetadataRows rows) {
    return (ResultSet)
        Proxy.newProxyInstance(
            RowsResultSet.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            new RowsResultSet(rows));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "RallyUp metadata rows (" + rows.rows().size() + ")";
      };
    }
    switch (name) {
      case "close" -> {
        closed = true;
        return null;
      }
      case "isClosed" -> {
        return closed;
      }
      case "unwrap" -> {
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        throw new SQLException("not a wrapper for " + args[0], "HY000");
      }
      case "isWrapperFor" -> {
        return ((Class<?>) args[0]).isInstance(proxy);
      }
      default -> {
        if (closed) {
          throw new SQLException("result set is closed", "HY010");
        }
        return answer(proxy, name, args);
      }
    }
  }

  private Object answer(Object proxy, String name, Object[] args) throws SQLException {
    int size = rows.rows().size();
    switch (name) {
      case "next" -> {
        position = Math.min(position + 1, size + 1);
        return position <= size;
      }
      case "wasNull" -> {
        return lastWasNull;
      }
      case "findColumn" -> {
        return column(args[0]);
      }
      case "getMetaData" -> {
        return metaData();
      }
      case "getObject" -> {
        Object value = value(args[0]);
        return args.length == 2 && args[1] instanceof Class<?> type
            ? ValueCoercion.convert(value, type)
            : value;
      }
      case "getStatement", "getWarnings", "getCursorName" -> {
        return null;
      }
      case "clearWarnings", "setFetchSize", "setFetchDirection" -> {
        return null;
      }
      case "getType" -> {
        return ResultSet.TYPE_FORWARD_ONLY;
      }
      case "getConcurrency" -> {
        return ResultSet.CONCUR_READ_ONLY;
      }
      case "getHoldability" -> {
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
      }
      case "getFetchDirection" -> {
        return ResultSet.FETCH_FORWARD;
      }
      case "getFetchSize" -> {
        return 0;
      }
      case "getRow" -> {
        return position >= 1 && position <= size ? position : 0;
      }
      case "isBeforeFirst" -> {
        return position == 0 && size > 0;
      }
      case "isAfterLast" -> {
        return position > size && size > 0;
      }
      case "isFirst" -> {
        return position == 1 && size > 0;
      }
      case "isLast" -> {
        return position == size && size > 0;
      }
      default -> {
        Class<?> type = GETTERS.get(name);
        if (type == null || args == null || args.length != 1) {
          throw new SQLFeatureNotSupportedException(
              "metadata result sets do not support " + name, "0A000");
        }
        Object value = ValueCoercion.convert(value(args[0]), type);
        return value == null ? ZEROS.get(type) : value;
      }
    }
  }

  private Object value(Object indexOrLabel) throws SQLException {
    if (position < 1 || position > rows.rows().size()) {
      throw new SQLException("the result set is not on a row", "24000");
    }
    Object value = rows.rows().get(position - 1)[column(indexOrLabel) - 1];
    lastWasNull = value == null;
    return value;
  }

  private int column(Object indexOrLabel) throws SQLException {
    if (indexOrLabel instanceof Integer index) {
      if (index < 1 || index > rows.columns().size()) {
        throw new SQLException("no column " + index, "07009");
      }
      return index;
    }
    try {
      return rows.index((String) indexOrLabel) + 1;
    } catch (IllegalArgumentException e) {
      throw new SQLException("no column named " + indexOrLabel, "42S22", e);
    }
  }

  private ResultSetMetaData metaData() {
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (method.getDeclaringClass() == Object.class) {
            return name.equals("equals")
                ? proxy == args[0]
                : name.equals("hashCode") ? System.identityHashCode(proxy) : "metadata columns";
          }
          if (name.equals("getColumnCount")) {
            return rows.columns().size();
          }
          if (name.equals("unwrap") || name.equals("isWrapperFor")) {
            boolean is = ((Class<?>) args[0]).isInstance(proxy);
            return name.equals("isWrapperFor") ? is : proxy;
          }
          MetadataRows.Column column = rows.columns().get(column(args[0]) - 1);
          return describe(name, column);
        };
    return (ResultSetMetaData)
        Proxy.newProxyInstance(
            RowsResultSet.class.getClassLoader(),
            new Class<?>[] {ResultSetMetaData.class},
            handler);
  }

  private static Object describe(String name, MetadataRows.Column column)
      throws SQLFeatureNotSupportedException {
    boolean text = column.type() == Types.VARCHAR;
    int precision =
        switch (column.type()) {
          case Types.SMALLINT -> 5;
          case Types.INTEGER -> 10;
          case Types.BIGINT -> 19;
          case Types.BOOLEAN -> 1;
          default -> 0;
        };
    return switch (name) {
      case "getColumnName", "getColumnLabel" -> column.name();
      case "getColumnType" -> column.type();
      case "getColumnTypeName" -> column.typeName();
      case "getColumnClassName" -> column.className();
      case "getPrecision" -> precision;
      case "getScale" -> 0;
      case "getColumnDisplaySize" -> text ? 128 : precision + 1;
      case "isNullable" -> ResultSetMetaData.columnNullableUnknown;
      case "isSigned" -> !text && column.type() != Types.BOOLEAN;
      case "isCaseSensitive" -> text;
      case "isSearchable", "isReadOnly" -> true;
      case "isAutoIncrement", "isCurrency", "isWritable", "isDefinitelyWritable" -> false;
      case "getTableName", "getSchemaName", "getCatalogName" -> "";
      default ->
          throw new SQLFeatureNotSupportedException(
              "metadata result sets do not support " + name, "0A000");
    };
  }
}
