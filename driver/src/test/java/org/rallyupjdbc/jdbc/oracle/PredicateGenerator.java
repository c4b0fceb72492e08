package org.rallyupjdbc.jdbc.oracle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Seeded random WHERE predicates over one table's columns: comparisons, IN lists (with NULL),
 * BETWEEN, LIKE, IS [NOT] NULL, comparisons with NULL, boolean tests, under AND, OR and NOT. Half
 * of the atoms are on the columns the API can take a condition on (the catalog's parameter and
 * lookup columns), so the predicates exercise pushdown; literals are values the column holds
 * (sampled from the oracle), so predicates select rows.
 */
final class PredicateGenerator {
  private record Column(ColumnSpec spec, List<Object> values) {}

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private final List<Column> all = new ArrayList<>();
  private final List<Column> pushable = new ArrayList<>();
  private final Random random;

  PredicateGenerator(TableSpec table, Connection oracle, long seed) throws SQLException {
    this.random = new Random(seed);
    List<String> apiColumns =
        Stream.concat(
                table.parameters().stream().map(ParameterSpec::column),
                table.lookup().stream().map(l -> l.column()))
            .toList();
    for (ColumnSpec column : table.columns()) {
      if (column.type() == ColumnType.JSON) {
        continue;
      }
      Column sampled = new Column(column, sample(oracle, table.name(), column.name()));
      all.add(sampled);
      if (apiColumns.contains(column.name())) {
        pushable.add(sampled);
      }
    }
  }

  private static List<Object> sample(Connection oracle, String table, String column)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement statement = oracle.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT DISTINCT " + column + " FROM " + table + " ORDER BY 1 LIMIT 40")) {
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
    }
    return values;
  }

  /** A predicate of at most {@code depth} levels of AND, OR and NOT. */
  String predicate(int depth) {
    int choice = depth == 0 ? 0 : random.nextInt(6);
    return switch (choice) {
      case 1 -> "(" + predicate(depth - 1) + " AND " + predicate(depth - 1) + ")";
      case 2 -> "(" + predicate(depth - 1) + " OR " + predicate(depth - 1) + ")";
      case 3 -> "NOT (" + predicate(depth - 1) + ")";
      default -> atom();
    };
  }

  private String atom() {
    List<Column> from = !pushable.isEmpty() && random.nextBoolean() ? pushable : all;
    Column column = from.get(random.nextInt(from.size()));
    String c = column.spec().name();
    if (random.nextInt(10) == 0) {
      return c + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
    }
    if (column.spec().type() == ColumnType.BOOLEAN) {
      return switch (random.nextInt(3)) {
        case 0 -> c;
        case 1 -> c + " = " + (random.nextBoolean() ? "TRUE" : "FALSE");
        default -> "NOT " + c;
      };
    }
    String v = literal(column);
    return switch (random.nextInt(9)) {
      case 0, 1 -> c + " = " + v;
      case 2 -> c + " <> " + v;
      case 3 -> c + (random.nextBoolean() ? " >= " : " < ") + v;
      case 4 -> c + (random.nextBoolean() ? " > " : " <= ") + v;
      case 5 -> c + " IN (" + v + ", " + literal(column) + (random.nextBoolean() ? ", NULL)" : ")");
      case 6 -> c + " BETWEEN " + v + " AND " + literal(column);
      case 7 ->
          column.spec().type() == ColumnType.VARCHAR
              ? c + " LIKE " + likePattern(v)
              : c + " = NULL";
      default -> "(" + c + " = " + v + " OR " + c + " IS NULL)";
    };
  }

  private String literal(Column column) {
    if (column.values().isEmpty()) {
      return "NULL";
    }
    Object value = column.values().get(random.nextInt(column.values().size()));
    if (value == null) {
      return "NULL";
    }
    return switch (column.spec().type()) {
      case BIGINT, INTEGER -> value.toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case TIMESTAMP -> "TIMESTAMP '" + SECONDS.format(((Timestamp) value).toLocalDateTime()) + "'";
      default -> "'" + value.toString().replace("'", "''") + "'";
    };
  }

  private String likePattern(String quoted) {
    String text = quoted.length() > 2 ? quoted.substring(1, quoted.length() - 1) : "";
    String prefix = text.substring(0, Math.min(text.length(), 1 + random.nextInt(3)));
    return "'" + prefix.replace("%", "").replace("_", "") + "%'";
  }
}
