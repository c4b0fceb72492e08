package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;

/** One catalog schema as a Calcite schema: a table per catalog entry, all sharing one session. */
public final class RallyUpSchema extends AbstractSchema {
  private final Map<String, Table> tables;

  /** Creates the schema; no request is made until a table is scanned. */
  public RallyUpSchema(SchemaSpec spec, RallyUpSession session) {
    requireNonNull(spec, "spec");
    requireNonNull(session, "session");
    Map<String, Table> map = new LinkedHashMap<>();
    for (TableSpec table : spec.tables()) {
      map.put(
          table.name(),
          new RallyUpTable(
              table, session, this::sibling, column -> spec.similarColumns(table, column)));
    }
    this.tables = Map.copyOf(map);
  }

  private Optional<RallyUpTable> sibling(String name) {
    return Optional.ofNullable((RallyUpTable) tables.get(name));
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
