package org.rallyupjdbc.client;

import java.util.List;

/**
 * One page of a paginated {@code Result}: the decoded items and the paging fields that were
 * present.
 */
record Page<T>(
    List<T> items, Integer pageIndex, Integer totalPages, Integer totalCount, Boolean hasNextPage) {

  /** Whether the API says no page follows this one. */
  boolean isLast() {
    return items.isEmpty()
        || Boolean.FALSE.equals(hasNextPage)
        || (pageIndex != null && totalPages != null && pageIndex >= totalPages);
  }

  /** Collects the fields in whatever order the body has them. */
  static final class Builder<T> {
    List<T> items;
    Integer pageIndex;
    Integer totalPages;
    Integer totalCount;
    Boolean hasNextPage;

    Page<T> build() {
      List<T> all = items == null ? List.of() : List.copyOf(items);
      return new Page<>(all, pageIndex, totalPages, totalCount, hasNextPage);
    }
  }
}
