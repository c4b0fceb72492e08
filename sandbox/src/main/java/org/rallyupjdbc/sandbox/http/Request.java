package org.rallyupjdbc.sandbox.http;

import java.util.Map;
import java.util.Optional;

/**
 * A routed request.
 *
 * @param path the raw path without a trailing slash
 * @param pathParam the decoded value of the route's {@code {placeholder}} segment, or null
 * @param form the decoded form body of POST and DELETE requests, else empty
 */
record Request(String path, String pathParam, Map<String, String> query, Map<String, String> form) {

  Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** A write parameter: from the form body, or else the query string. */
  Optional<String> param(String name) {
    String value = form.get(name);
    return value != null ? Optional.of(value) : query(name);
  }
}
