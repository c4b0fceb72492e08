package org.rallyupjdbc.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Paging;

/**
 * What the self-check found for one table, and what a catalog override must change for it.
 *
 * @param table the table as the catalog describes it
 * @param findings the report lines
 * @param path the path that answered, when it is not the catalog's first
 * @param paging the paging that works, when it is not the catalog's
 * @param ignoredFilters optional parameters the API accepts but does not apply
 * @param requests requests the check of this table made
 */
public record TableResult(
    TableSpec table,
    List<Finding> findings,
    Optional<String> path,
    Optional<Paging> paging,
    Set<String> ignoredFilters,
    int requests) {
  /** Creates a result. */
  public TableResult {
    findings = List.copyOf(findings);
    ignoredFilters = Set.copyOf(ignoredFilters);
  }

  /** Whether the override must replace this table. */
  public boolean changesCatalog() {
    return path.isPresent() || paging.isPresent() || !ignoredFilters.isEmpty();
  }
}
