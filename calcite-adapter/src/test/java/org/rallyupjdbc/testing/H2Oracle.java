package org.rallyupjdbc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * The reference engine of the differential tests: an in-memory H2 database with one table per
 * catalog table of the {@code rallyup} schema (child tables included), named and typed from the
 * catalog, loaded from the same raw JSON records the fake API serves.
 *
 * <p>The mapping from JSON to rows is written here on purpose, independently of the driver's
 * decoder: a Jackson tree walk along each column's path, java.time for dates and a regular
 * expression for currency text. Only the catalog's description of the columns is shared.
 */
public final class H2Oracle implements AutoCloseable {
  private static final DateTimeFormatter V2_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
  private static final Pattern V2_DATE_SHAPE =
      Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
  private static final Pattern CURRENCY =
      Pattern.compile("(-?)\\$(\\d{1,3}(?:,\\d{3})*|\\d+)(\\.\\d{1,2})?");

  private final Connection connection;
  private final SchemaSpec schema;

  private H2Oracle(Connection connection, SchemaSpec schema) {
    this.connection = connection;
    this.schema = schema;
  }

  /**
   * Creates the database and loads it.
   *
   * @param recordsByTable raw records of each top-level table, keyed by SQL table name; child
   *     tables are filled from their parent's records, tables without records stay empty
   */
  public static H2Oracle load(Map<String, List<JsonNode>> recordsByTable) throws SQLException {
    return load("rallyup", recordsByTable, Mode.REGULAR);
  }

  /** H2's compatibility mode the database is opened in. */
  public enum Mode {
    /** H2's own SQL, as the driver's standard SQL is compared with. */
    REGULAR(""),
    /** {@code MODE=PostgreSQL}, as the driver's PostgreSQL-flavoured dialect is compared with. */
    POSTGRESQL(";MODE=PostgreSQL");

    private final String urlSuffix;

    Mode(String urlSuffix) {
      this.urlSuffix = urlSuffix;
    }
  }

  /** {@link #load(String, Map, Mode)} of the {@code rallyup} schema in {@code mode}. */
  public static H2Oracle load(Map<String, List<JsonNode>> recordsByTable, Mode mode)
      throws SQLException {
    return load("rallyup", recordsByTable, mode);
  }

  /** {@link #load(String, Map, Mode)} in H2's own mode. */
  public static H2Oracle load(String schemaName, Map<String, List<JsonNode>> recordsByTable)
      throws SQLException {
    return load(schemaName, recordsByTable, Mode.REGULAR);
  }

  /**
   * Creates the database for one catalog schema, in a compatibility mode, and loads it. A column
   * that echoes a request parameter reads the record field of the parameter's name, which the
   * caller adds to each record.
   *
   * @param recordsByTable raw records of each top-level table, keyed by SQL table name; child
   *     tables are filled from their parent's records, tables without records stay empty
   */
  public static H2Oracle load(
      String schemaName, Map<String, List<JsonNode>> recordsByTable, Mode mode)
      throws SQLException {
    SchemaSpec schema = Catalog.builtIn().schema(schemaName).orElseThrow();
    // DATABASE_TO_LOWER: unquoted names fold to the catalog's lower-case names, as the driver
    // matches them without regard to case. DEFAULT_NULL_ORDERING=HIGH: Calcite sorts NULL as
    // the highest value unless a query says NULLS FIRST/LAST. QUERY_CACHE_SIZE=0: every query
    // is planned afresh, like each statement on the driver.
    String url =
        "jdbc:h2:mem:oracle_"
            + UUID.randomUUID().toString().replace("-", "")
            + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0"
            + mode.urlSuffix;
    Connection connection = DriverManager.getConnection(url);
    H2Oracle oracle = new H2Oracle(connection, schema);
    try {
      oracle.create();
      for (TableSpec table : schema.tables()) {
        List<JsonNode> records = recordsByTable.get(parentName(table));
        if (records != null) {
          oracle.insert(table, records);
        }
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return oracle;
  }

  /** The open H2 connection; its default schema is the loaded one. */
  public Connection connection() {
    return connection;
  }

  private void create() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + quote(schema.name()));
      statement.execute("SET SCHEMA " + quote(schema.name()));
      for (TableSpec table : schema.tables()) {
        List<String> definitions = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
          definitions.add(
              quote(column.name()) + " " + h2Type(column) + (column.nullable() ? "" : " NOT NULL"));
        }
        if (!table.primaryKey().isEmpty()) {
          definitions.add(
              "PRIMARY KEY ("
                  + table.primaryKey().stream()
                      .map(H2Oracle::quote)
                      .collect(Collectors.joining(", "))
                  + ")");
        }
        statement.execute(
            "CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", definitions) + ")");
        index(statement, table);
      }
    }
  }

  /**
   * Indexes every id column outside the primary key. Results do not change; without them H2 runs
   * the corpus's joins over the sandbox's 20,000 donations as nested loops taking half a minute.
   */
  private static void index(Statement statement, TableSpec table) throws SQLException {
    for (ColumnSpec column : table.columns()) {
      if (column.type() == ColumnType.BIGINT
          && !table.primaryKey().equals(List.of(column.name()))) {
        statement.execute(
            "CREATE INDEX ON " + quote(table.name()) + " (" + quote(column.name()) + ")");
      }
    }
  }

  private static String h2Type(ColumnSpec column) {
    return switch (column.type()) {
      case BIGINT -> "BIGINT";
      case INTEGER -> "INTEGER";
      case DECIMAL -> "DECIMAL(19, " + column.scale() + ")";
      case BOOLEAN -> "BOOLEAN";
      case VARCHAR, JSON -> "VARCHAR";
      case TIMESTAMP -> "TIMESTAMP(3)";
    };
  }

  private void insert(TableSpec table, List<JsonNode> records) throws SQLException {
    List<ColumnSpec> columns = table.columns();
    String sql =
        "INSERT INTO "
            + quote(table.name())
            + " VALUES ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (JsonNode record : records) {
        if (table.childArray().isEmpty()) {
          bind(insert, table, record, null);
          insert.addBatch();
          continue;
        }
        JsonNode elements = record.path(table.childArray().get());
        for (JsonNode element : elements) {
          bind(insert, table, record, element);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void bind(
      PreparedStatement insert, TableSpec table, JsonNode record, JsonNode element)
      throws SQLException {
    List<ColumnSpec> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      JsonNode value =
          switch (column.origin()) {
            case RECORD, PARAMETER -> walk(record, column.path());
            case ELEMENT -> walk(element, column.path());
          };
      Object converted;
      try {
        converted = convert(column, value);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "test data: " + table.name() + "." + column.name() + " cannot hold " + value, e);
      }
      if (converted == null) {
        insert.setNull(i + 1, sqlType(column));
      } else {
        insert.setObject(i + 1, converted);
      }
      if (converted == null && !column.nullable()) {
        throw new IllegalStateException(
            "test data: " + table.name() + "." + column.name() + " is NOT NULL but has no value");
      }
    }
  }

  /** The value at the path, or null when the path runs through a null or missing field. */
  private static JsonNode walk(JsonNode start, List<String> path) {
    JsonNode node = start;
    for (String field : path) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(field);
    }
    return node == null || node.isNull() ? null : node;
  }

  private static Object convert(ColumnSpec column, JsonNode value) {
    if (value == null) {
      return null;
    }
    if (column.currency()) {
      return currency(value.textValue()).setScale(column.scale());
    }
    return switch (column.type()) {
      case BIGINT -> {
        requireIntegral(value);
        yield value.longValue();
      }
      case INTEGER -> {
        requireIntegral(value);
        yield value.intValue();
      }
      case DECIMAL -> value.decimalValue().setScale(column.scale());
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw new IllegalArgumentException("not a boolean");
        }
        yield value.booleanValue();
      }
      case VARCHAR -> {
        if (!value.isTextual()) {
          throw new IllegalArgumentException("not a string");
        }
        yield value.textValue();
      }
      case TIMESTAMP -> timestamp(value.textValue());
      case JSON -> value.toString();
    };
  }

  private static void requireIntegral(JsonNode value) {
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException("not an integral number");
    }
  }

  /** {@code yyyy/MM/dd HH:mm:ss} is UTC wall-clock time; ISO-8601 instants are moved to UTC. */
  public static LocalDateTime timestamp(String text) {
    if (V2_DATE_SHAPE.matcher(text).matches()) {
      return LocalDateTime.parse(text, V2_DATE);
    }
    return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  /** {@code $1,234.50} and {@code -$5.00}. */
  public static BigDecimal currency(String text) {
    Matcher m = CURRENCY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not currency text: " + text);
    }
    BigDecimal amount =
        new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
    return m.group(1).isEmpty() ? amount : amount.negate();
  }

  private static int sqlType(ColumnSpec column) {
    if (column.currency()) {
      return Types.DECIMAL;
    }
    return switch (column.type()) {
      case BIGINT -> Types.BIGINT;
      case INTEGER -> Types.INTEGER;
      case DECIMAL -> Types.DECIMAL;
      case BOOLEAN -> Types.BOOLEAN;
      case VARCHAR, JSON -> Types.VARCHAR;
      case TIMESTAMP -> Types.TIMESTAMP;
    };
  }

  /** The top-level table whose records feed the table: itself, or a child table's parent. */
  private static String parentName(TableSpec table) {
    return table.childArray().isPresent() ? table.foreignKeys().get(0).table() : table.name();
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
