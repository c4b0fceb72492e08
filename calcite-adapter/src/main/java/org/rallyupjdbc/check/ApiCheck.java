package org.rallyupjdbc.check;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.RallyUpClient;

/**
 * The self-check of every top-level table of a connection's schemas. Tables that need a parameter
 * value (an e-mail for {@code users}, an organization for partner campaigns) and child tables are
 * not checked; everything else costs at most {@link #MAX_REQUESTS_PER_TABLE} plus one per optional
 * filter, usually four or five for a paged listing and one for a v3 array.
 */
public final class ApiCheck {
  /**
   * Requests per table at most, filters aside: three paths, one page 2, the parameter names, the
   * largest page size.
   */
  public static final int MAX_REQUESTS_PER_TABLE =
      3 + 1 + PagingProbe.MAX_NAME_REQUESTS + PagingProbe.MAX_SIZE_REQUESTS;

  private ApiCheck() {}

  /** Checks every checkable table of {@code schemas}. */
  public static List<TableResult> run(RallyUpClient client, List<SchemaSpec> schemas) {
    List<TableResult> results = new ArrayList<>();
    for (SchemaSpec schema : schemas) {
      for (TableSpec table : schema.tables()) {
        if (table.childArray().isEmpty() && checkable(table)) {
          results.add(new TableCheck(client, table).run());
        }
      }
    }
    return results;
  }

  private static boolean checkable(TableSpec table) {
    return table.parameters().stream().noneMatch(ParameterSpec::required);
  }

  /** The report: one line per finding, then the request count. */
  public static String report(List<TableResult> results) {
    StringBuilder text = new StringBuilder();
    int requests = 0;
    for (TableResult result : results) {
      result.findings().forEach(f -> text.append(f.line()).append('\n'));
      requests += result.requests();
    }
    long differences =
        results.stream().flatMap(r -> r.findings().stream()).filter(Finding::differs).count();
    return text.append(requests)
        .append(" requests; ")
        .append(differences)
        .append(differences == 1 ? " difference" : " differences")
        .append(" from the catalog's assumptions\n")
        .toString();
  }
}
