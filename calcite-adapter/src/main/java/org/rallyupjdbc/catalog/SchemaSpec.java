package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.rallyupjdbc.client.Api;

/**
 * A SQL schema of the catalog and the API whose credentials it needs.
 *
 * @param name schema name
 * @param api the API its tables call
 * @param tables its tables, child tables included, in catalog order
 */
public record SchemaSpec(String name, Api api, List<TableSpec> tables) {
  /** Creates a schema. */
  public SchemaSpec {
    requireNonNull(name, "name");
    requireNonNull(api, "api");
    tables = List.copyOf(tables);
  }

  /**
   * The columns of the other tables that hold values like {@code table.column}: the same type, and
   * the same name or a name ending in {@code _column} ({@code donations.donor_email} for {@code
   * users.email}), as {@code table.column}, in catalog order.
   */
  public List<String> similarColumns(TableSpec table, String column) {
    ColumnType type = table.columns().get(table.columnIndex(column)).type();
    return tables.stream()
        .filter(other -> other != table)
        .flatMap(
            other ->
                other.columns().stream()
                    .filter(c -> c.type() == type)
                    .filter(c -> c.name().equals(column) || c.name().endsWith("_" + column))
                    .map(c -> other.name() + "." + c.name()))
        .toList();
  }

  /** The table of that name. */
  public Optional<TableSpec> table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }
}
