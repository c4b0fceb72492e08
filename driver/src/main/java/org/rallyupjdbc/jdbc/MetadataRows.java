package org.rallyupjdbc.jdbc;

import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The rows of a DatabaseMetaData answer, held in memory: copied from Calcite's answer or built from
 * the catalog, narrowed by {@link NamePattern}s, put in the order the JDBC specification gives, and
 * handed out as a read-only, forward-only result set ({@link RowsResultSet}).
 *
 * @param columns the columns, in order
 * @param rows the rows, each with one value per column
 */
record MetadataRows(List<Column> columns, List<Object[]> rows) {
  /** A column of the answer. */
  record Column(String name, int type) {
    /** The SQL name of the column's type. */
    String typeName() {
      return JDBCType.valueOf(type).getName();
    }

    /** The Java class of the column's values. */
    String className() {
      return switch (type) {
        case Types.INTEGER -> Integer.class.getName();
        case Types.SMALLINT -> Short.class.getName();
        case Types.BIGINT -> Long.class.getName();
        case Types.BOOLEAN -> Boolean.class.getName();
        default -> String.class.getName();
      };
    }
  }

  MetadataRows {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Columns named {@code NAME:TYPE}, with the type a {@link Types} name such as SMALLINT. */
  static List<Column> columns(String... namesAndTypes) {
    return Arrays.stream(namesAndTypes)
        .map(
            column -> {
              String[] parts = column.split(":");
              return new Column(parts[0], JDBCType.valueOf(parts[1]).getVendorTypeNumber());
            })
        .toList();
  }

  /** Every row of {@code answer}, which it closes. */
  static MetadataRows copyOf(ResultSet answer) throws SQLException {
    try (answer) {
      ResultSetMetaData meta = answer.getMetaData();
      List<Column> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(new Column(meta.getColumnLabel(i), meta.getColumnType(i)));
      }
      List<Object[]> rows = new ArrayList<>();
      while (answer.next()) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = answer.getObject(i + 1);
        }
        rows.add(row);
      }
      return new MetadataRows(columns, rows);
    }
  }

  /** The position of a column, from 0. */
  int index(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + column);
  }

  /** The rows whose text in {@code column} passes {@code test}, such as a {@link NamePattern}. */
  MetadataRows where(String column, Predicate<String> test) {
    int index = index(column);
    return new MetadataRows(
        columns, rows.stream().filter(row -> test.test((String) row[index])).toList());
  }

  /** The rows sorted by these columns, nulls first, text without regard to case. */
  MetadataRows sortedBy(String... sortColumns) {
    Comparator<Object[]> order = null;
    for (String column : sortColumns) {
      int index = index(column);
      Comparator<Object[]> next =
          Comparator.comparing(row -> sortKey(row[index]), Comparator.nullsFirst(compareKeys()));
      order = order == null ? next : order.thenComparing(next);
    }
    return order == null ? this : new MetadataRows(columns, rows.stream().sorted(order).toList());
  }

  private static Comparable<?> sortKey(Object value) {
    return value instanceof String text ? text.toLowerCase(Locale.ROOT) : (Comparable<?>) value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Comparable<?>> compareKeys() {
    return (a, b) -> ((Comparable) a).compareTo(b);
  }

  /** The rows as a result set of the driver's, without a statement. */
  ResultSet toResultSet() {
    return RallyUpResultSet.ofMetadata(RowsResultSet.of(this));
  }
}
