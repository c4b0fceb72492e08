package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rallyupjdbc.client.Endpoint;

/**
 * One SQL table: its endpoint, columns, keys and parameters. A child table reads the same endpoint
 * as its parent and unnests one array field of each record.
 *
 * @param schema schema name
 * @param name table name
 * @param description one sentence for REMARKS and docs
 * @param endpoint the endpoint read by a full scan
 * @param primaryKey key columns, possibly empty
 * @param foreignKeys references to other tables
 * @param lookup single-record endpoint for key equality, if any
 * @param parameters parameters the endpoint accepts whose column is in this table
 * @param columns the columns in order
 * @param childArray for a child table, the array field of the parent record it unnests
 * @param fixedQuery query parameters every list request sends, so that the listing is complete
 */
public record TableSpec(
    String schema,
    String name,
    String description,
    Endpoint endpoint,
    List<String> primaryKey,
    List<ForeignKeySpec> foreignKeys,
    Optional<LookupSpec> lookup,
    List<ParameterSpec> parameters,
    List<ColumnSpec> columns,
    Optional<String> childArray,
    Map<String, String> fixedQuery) {

  /** Creates a table. */
  public TableSpec {
    requireNonNull(schema, "schema");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(endpoint, "endpoint");
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
    requireNonNull(lookup, "lookup");
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
    requireNonNull(childArray, "childArray");
    fixedQuery = Collections.unmodifiableMap(new TreeMap<>(fixedQuery));
  }

  /** The position of the named column, or -1. */
  public int columnIndex(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    return -1;
  }

  /** The parameters the endpoint cannot do without. */
  public List<ParameterSpec> requiredParameters() {
    return parameters.stream().filter(ParameterSpec::required).toList();
  }
}
