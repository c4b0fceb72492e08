package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

/**
 * Request-side paging of {@link Shape#PAGED} endpoints. RallyUp does not document the parameter
 * names, so they come from the catalog.
 */
public record Paging(String indexParam, String sizeParam, int defaultPageSize, int maxPageSize) {
  /** Creates a paging description. */
  public Paging {
    requireNonNull(indexParam, "indexParam");
    requireNonNull(sizeParam, "sizeParam");
    if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
      throw new IllegalArgumentException(
          "paging needs 1 <= defaultPageSize <= maxPageSize, got "
              + defaultPageSize
              + " and "
              + maxPageSize);
    }
  }
}
