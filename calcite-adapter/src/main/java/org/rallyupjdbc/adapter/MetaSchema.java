package org.rallyupjdbc.adapter;

import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.rallyupjdbc.catalog.SchemaSpec;

/**
 * Schema {@value #NAME}: what the driver itself knows, queryable with SQL. {@code requests} lists
 * the connection's HTTP requests (what a query cost), {@code capabilities} which conditions each
 * table's API can use (how to make a query cheaper), {@code api_check} and {@code
 * api_check_catalog} what the self-check finds the API doing and the catalog override encoding it.
 */
public final class MetaSchema extends AbstractSchema {
  /** The schema's name. */
  public static final String NAME = "rallyup_meta";

  private final Map<String, Table> tables;

  /** The schema for a connection serving {@code schemas}. */
  public MetaSchema(RallyUpSession session, List<SchemaSpec> schemas) {
    ApiCheckRun check = new ApiCheckRun(session.client(), schemas);
    this.tables =
        Map.of(
            "requests", new RequestsTable(session.requestLog()),
            "capabilities", new CapabilitiesTable(schemas),
            "api_check", new ApiCheckTable(check),
            "api_check_catalog", new ApiCheckCatalogTable(check));
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
