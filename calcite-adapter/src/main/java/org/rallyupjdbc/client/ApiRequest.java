package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request a table scan makes: endpoint, path and query parameters, the page size, and how many
 * records the query needs at most. This is the single value that query planning fills in and the
 * client executes.
 *
 * @param limit records needed at most, -1 for all; paging stops once the pages holding them are in
 */
public record ApiRequest(
    Endpoint endpoint,
    Map<String, String> pathParams,
    Map<String, String> queryParams,
    int pageSize,
    long limit) {
  /**
   * Creates a request; parameter maps keep their insertion order. Each path parameter must be a
   * value that can be one path segment (see {@link #isPathSegment}).
   */
  public ApiRequest {
    requireNonNull(endpoint, "endpoint");
    pathParams.forEach(
        (name, value) -> {
          if (!isPathSegment(value)) {
            throw new IllegalArgumentException(
                "path parameter {"
                    + name
                    + "} cannot be '"
                    + value
                    + "': it would not be a segment");
          }
        });
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

  /** A request for all records. */
  public ApiRequest(
      Endpoint endpoint,
      Map<String, String> pathParams,
      Map<String, String> queryParams,
      int pageSize) {
    this(endpoint, pathParams, queryParams, pageSize, -1);
  }

  /**
   * The request as people may see it: method, the first candidate path with its parameters, the
   * query and the page size. Holds no credentials (those travel in headers).
   */
  public String describe() {
    String path = endpoint.paths().get(0);
    for (Map.Entry<String, String> param : pathParams.entrySet()) {
      path = path.replace("{" + param.getKey() + "}", param.getValue());
    }
    StringBuilder text = new StringBuilder("GET ").append(path);
    char separator = '?';
    for (Map.Entry<String, String> param : queryParams.entrySet()) {
      text.append(separator).append(param.getKey()).append('=').append(param.getValue());
      separator = '&';
    }
    if (endpoint.shape() == Shape.PAGED) {
      text.append(separator).append(endpoint.paging().sizeParam()).append('=').append(pageSize);
    }
    return text.toString();
  }

  /**
   * Whether a value can travel as one path segment, however it is encoded: a URL drops {@code .}
   * and {@code ..} segments (removing the segment before, for {@code ..}) and {@code ""} is none.
   */
  public static boolean isPathSegment(String value) {
    return !value.isEmpty() && !value.equals(".") && !value.equals("..");
  }

  /** A request with no parameters and the endpoint's default page size. */
  public static ApiRequest of(Endpoint endpoint) {
    return new ApiRequest(endpoint, Map.of(), Map.of(), endpoint.paging().defaultPageSize());
  }
}
