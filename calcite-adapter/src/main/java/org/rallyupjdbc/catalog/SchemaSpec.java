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

  /** The table of that name. */
  public Optional<TableSpec> table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }
}
