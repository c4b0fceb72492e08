package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One RallyUp read endpoint: candidate paths (the first that answers wins,
 * docs/paging-and-errors.md), the response shape, and paging for paged endpoints. Paths may hold
 * {@code {name}} placeholders.
 */
public record Endpoint(List<String> paths, Shape shape, Paging paging) {
  /** Creates an endpoint. */
  public Endpoint {
    paths = List.copyOf(requireNonNull(paths, "paths"));
    requireNonNull(shape, "shape");
    requireNonNull(paging, "paging");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("an endpoint needs at least one path");
    }
  }
}
