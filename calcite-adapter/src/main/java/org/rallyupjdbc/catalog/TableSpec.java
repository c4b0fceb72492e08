package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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

  /** Whether this is a child table unnesting an array of {@code parent}'s records. */
  public boolean isChildOf(TableSpec parent) {
    return childArray.isPresent()
        && parent.childArray().isEmpty()
        && schema.equals(parent.schema())
        && endpoint.equals(parent.endpoint())
        && fixedQuery.equals(parent.fixedQuery())
        && foreignKeys.get(0).table().equals(parent.name());
  }

  /**
   * The rows of {@code child} widened with every column of this, its parent: one read of the
   * listing gives both tables' columns. The parent's columns keep their positions and the child's
   * own columns follow ({@link #widenedPosition}); the child's name is kept, so that messages about
   * a value name the table the user's query reads.
   */
  public TableSpec withChildRows(TableSpec child) {
    if (!child.isChildOf(this)) {
      throw new IllegalArgumentException(child.name() + " is not a child table of " + name);
    }
    List<ColumnSpec> widened = new ArrayList<>(columns);
    for (ColumnSpec column : child.columns()) {
      if (column.origin() == ColumnSpec.Origin.ELEMENT) {
        widened.add(column);
      }
    }
    return new TableSpec(
        schema,
        child.name(),
        child.description(),
        endpoint,
        List.of(),
        child.foreignKeys(),
        Optional.empty(),
        parameters,
        widened,
        child.childArray(),
        fixedQuery);
  }

  /**
   * Where column {@code childColumn} of {@code child} is in {@link #withChildRows}: a column the
   * child carries from this parent is the parent's own.
   */
  public int widenedPosition(TableSpec child, int childColumn) {
    ColumnSpec column = child.columns().get(childColumn);
    if (column.origin() != ColumnSpec.Origin.ELEMENT) {
      return columnIndex(column.name());
    }
    int position = columns.size();
    for (int i = 0; i < childColumn; i++) {
      if (child.columns().get(i).origin() == ColumnSpec.Origin.ELEMENT) {
        position++;
      }
    }
    return position;
  }

  /** The parameters the endpoint cannot do without. */
  public List<ParameterSpec> requiredParameters() {
    return parameters.stream().filter(ParameterSpec::required).toList();
  }
}
