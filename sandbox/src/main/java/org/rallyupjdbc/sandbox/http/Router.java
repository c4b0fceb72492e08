package org.rallyupjdbc.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps paths to routes. Patterns are literal segments plus at most one {@code {placeholder}};
 * matching is case-sensitive (stricter than the real API, so clients send documented spellings).
 */
final class Router {
  /** The handlers of one path pattern, by HTTP method. */
  record Route(String[] segments, Access access, Map<String, Handler> handlers) {}

  /** A matched pattern and the decoded placeholder value (null if it has none). */
  record Match(Route route, String param) {}

  private final Map<String, Route> routes = new LinkedHashMap<>();

  void add(String method, String pattern, Access access, Handler handler) {
    Route route =
        routes.computeIfAbsent(
            pattern, p -> new Route(p.substring(1).split("/"), access, new TreeMap<>()));
    if (route.access() != access || route.handlers().put(method, handler) != null) {
      throw new IllegalStateException("conflicting route " + method + " " + pattern);
    }
  }

  /** The route of a raw request path, or null if none matches. */
  Match match(String rawPath) {
    String[] parts = normalize(rawPath).substring(1).split("/", -1);
    for (Route route : routes.values()) {
      String param = matches(route.segments(), parts);
      if (param != null) {
        return new Match(route, param.isEmpty() ? null : QueryString.decodeSegment(param));
      }
    }
    return null;
  }

  /** The path without one trailing slash. */
  static String normalize(String rawPath) {
    return rawPath.length() > 1 && rawPath.endsWith("/")
        ? rawPath.substring(0, rawPath.length() - 1)
        : rawPath;
  }

  /** The raw placeholder value, "" for a literal match, null for no match. */
  private static String matches(String[] pattern, String[] parts) {
    if (pattern.length != parts.length) {
      return null;
    }
    String param = "";
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i].startsWith("{")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        param = parts[i];
      } else if (!pattern[i].equals(parts[i])) {
        return null;
      }
    }
    return param;
  }
}
