package org.rallyupjdbc.adapter;

import java.util.List;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.check.ApiCheck;
import org.rallyupjdbc.check.TableResult;
import org.rallyupjdbc.client.RallyUpClient;

/**
 * The self-check of one connection, run when {@code rallyup_meta.api_check} or {@code
 * api_check_catalog} is first read and kept for the connection, so reading both costs one check.
 */
final class ApiCheckRun {
  private final RallyUpClient client;
  private final List<SchemaSpec> schemas;
  private List<TableResult> results;

  ApiCheckRun(RallyUpClient client, List<SchemaSpec> schemas) {
    this.client = client;
    this.schemas = List.copyOf(schemas);
  }

  synchronized List<TableResult> results() {
    if (results == null) {
      results = ApiCheck.run(client, schemas);
    }
    return results;
  }
}
