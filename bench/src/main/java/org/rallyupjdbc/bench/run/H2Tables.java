package org.rallyupjdbc.bench.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.ForeignKeySpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * A catalog table as an H2 table with the same column names and types, so the driver's SQL runs on
 * H2 unchanged, with the primary key and an index on each foreign key, as a sync job would declare
 * them (without them H2 joins by nested loops). Names are quoted in upper case: unquoted SQL then
 * finds them, and column names that are H2 keywords still work.
 */
final class H2Tables {
  private H2Tables() {}

  static void create(Connection h2, TableSpec table) throws SQLException {
    String columns =
        table.columns().stream()
            .map(column -> quote(column.name()) + " " + sqlType(column))
            .collect(Collectors.joining(", "));
    if (!table.primaryKey().isEmpty()) {
      columns +=
          ", PRIMARY KEY ("
              + table.primaryKey().stream().map(H2Tables::quote).collect(Collectors.joining(", "))
              + ")";
    }
    try (Statement statement = h2.createStatement()) {
      statement.execute("CREATE TABLE " + quote(table.name()) + " (" + columns + ")");
      for (ForeignKeySpec key : table.foreignKeys()) {
        String keyColumns =
            key.columns().stream().map(H2Tables::quote).collect(Collectors.joining(", "));
        statement.execute("CREATE INDEX ON " + quote(table.name()) + " (" + keyColumns + ")");
      }
    }
  }

  /** An insert of every column, in catalog order. */
  static PreparedStatement insert(Connection h2, TableSpec table) throws SQLException {
    String marks = table.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
    return h2.prepareStatement("INSERT INTO " + quote(table.name()) + " VALUES (" + marks + ")");
  }

  /** Adds a decoded row (Calcite's values: epoch millis for timestamps) to the insert's batch. */
  static void addRow(PreparedStatement insert, List<ColumnSpec> columns, Object[] row)
      throws SQLException {
    for (int i = 0; i < row.length; i++) {
      Object value = row[i];
      if (value != null && columns.get(i).type() == ColumnType.TIMESTAMP) {
        long millis = (Long) value;
        value =
            LocalDateTime.ofEpochSecond(
                Math.floorDiv(millis, 1000),
                Math.floorMod(millis, 1000) * 1_000_000,
                ZoneOffset.UTC);
      }
      insert.setObject(i + 1, value);
    }
    insert.addBatch();
  }

  private static String sqlType(ColumnSpec column) {
    return switch (column.type()) {
      case BIGINT -> "BIGINT";
      case INTEGER -> "INTEGER";
      case DECIMAL -> "DECIMAL(" + ColumnType.DECIMAL_PRECISION + ", " + column.scale() + ")";
      case BOOLEAN -> "BOOLEAN";
      case VARCHAR, JSON -> "VARCHAR";
      case TIMESTAMP -> "TIMESTAMP(" + ColumnType.TIMESTAMP_PRECISION + ")";
    };
  }

  private static String quote(String name) {
    return '"' + name.toUpperCase(Locale.ROOT) + '"';
  }
}
