package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request a table scan makes: endpoint, path and query parameters, and the page size. This is
 * the single value that query planning fills in and the client executes.
 */
public record ApiRequest(
    Endpoint endpoint,
    Map<String, String> pathParams,
    Map<String, String> queryParams,
    int pageSize) {
  /** Creates a request; parameter maps keep their insertion order. */
  public ApiRequest {
    requireNonNull(endpoint, "endpoint");
    pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
    queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(queryParams));
    if (pageSize < 1 || pageSize > endpoint.paging().maxPageSize()) {
      throw new IllegalArgumentException(
          "page size must be between 1 and "
              + endpoint.paging().maxPageSize()
              + ", got "
              + pageSize);
    }
  }

  /** A request with no parameters and the endpoint's default page size. */
  public static ApiRequest of(Endpoint endpoint) {
    return new ApiRequest(endpoint, Map.of(), Map.of(), endpoint.paging().defaultPageSize());
  }
}
