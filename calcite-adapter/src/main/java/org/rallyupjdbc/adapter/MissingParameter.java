package org.rallyupjdbc.adapter;

import java.util.List;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * The message for a table read without a required parameter that no listing can supply: what to
 * write instead, a condition or a join, with a join on a column of another table that holds such
 * values when the schema has one.
 */
final class MissingParameter {
  private MissingParameter() {}

  /**
   * @param similar columns ({@code table.column}) of the schema's other tables that hold values
   *     like the parameter's column, best first
   */
  static UnsupportedQueryException exception(
      TableSpec table, ParameterSpec parameter, List<String> similar) {
    ColumnSpec column = table.columns().get(table.columnIndex(parameter.column()));
    String name = table.schema() + "." + table.name();
    String example =
        column.type() == ColumnType.VARCHAR ? "'" + exampleText(column) + "'" : "12345";
    return new UnsupportedQueryException(
        "Table "
            + name
            + " needs a condition on column "
            + column.name()
            + ": its endpoint "
            + table.endpoint().paths().get(0)
            + " cannot list rows without the '"
            + parameter.name()
            + "' parameter. For example: SELECT * FROM "
            + name
            + " WHERE "
            + column.name()
            + " = "
            + example
            + ", or join it on "
            + column.name()
            + " to a column of another table (JOIN ... ON, IN (SELECT ...) or EXISTS), whose"
            + " distinct values are then looked up one request each"
            + joinExample(table, column, similar));
  }

  private static String joinExample(TableSpec table, ColumnSpec column, List<String> similar) {
    if (similar.isEmpty()) {
      return "";
    }
    String[] other = similar.get(0).split("\\.", 2);
    String also =
        similar.size() > 1
            ? " (or on " + String.join(", ", similar.subList(1, Math.min(4, similar.size()))) + ")"
            : "";
    return ", e.g. SELECT * FROM "
        + table.schema()
        + "."
        + other[0]
        + " o JOIN "
        + table.schema()
        + "."
        + table.name()
        + " t ON t."
        + column.name()
        + " = o."
        + other[1]
        + also;
  }

  private static String exampleText(ColumnSpec column) {
    return column.name().contains("email") ? "someone@example.org" : "value";
  }
}
