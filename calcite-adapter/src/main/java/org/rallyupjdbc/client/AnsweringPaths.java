package org.rallyupjdbc.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Path-version resolution: an endpoint lists its candidate paths ({@code /v2/...} before {@code
 * /v1/...}); the first that answers is remembered and, from then on, tried alone. A path answering
 * 404 without RallyUp's envelope is not served, so the next candidate is tried; when none is
 * served, the failure names every path tried.
 */
final class AnsweringPaths {
  private final Map<Endpoint, String> answering = new ConcurrentHashMap<>();

  /** The paths to try for {@code endpoint}, in order. */
  List<String> candidates(Endpoint endpoint) {
    String known = answering.get(endpoint);
    return known != null ? List.of(known) : endpoint.paths();
  }

  /** Remembers that {@code template} answered for {@code endpoint}. */
  void answered(Endpoint endpoint, String template) {
    answering.put(endpoint, template);
  }

  /** The failure when no candidate is served; {@code tried} are the encoded paths. */
  static RallyUpApiException noneServed(List<String> tried) {
    return new RallyUpApiException(
        RallyUpApiException.Kind.NOT_FOUND,
        404,
        "RallyUp serves none of the paths tried for this table (each answered HTTP 404): "
            + String.join(", ", tried));
  }
}
