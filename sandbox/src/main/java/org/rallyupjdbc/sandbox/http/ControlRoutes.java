package org.rallyupjdbc.sandbox.http;

import org.rallyupjdbc.sandbox.data.Dataset;

/**
 * {@code /_sandbox/...}: request statistics and the data dump. No token, not counted, no faults.
 * Deliberately nothing exposes the credentials.
 */
final class ControlRoutes {
  private ControlRoutes() {}

  static void register(Router router, Stats stats, Dataset data, Paths paths) {
    router.add("GET", "/_sandbox/stats", Access.CONTROL, r -> Reply.json(stats.snapshot()));
    router.add(
        "POST",
        "/_sandbox/stats/reset",
        Access.CONTROL,
        r -> {
          stats.reset();
          return Reply.empty(204);
        });
    router.add(
        "GET",
        "/_sandbox/dump",
        Access.CONTROL,
        r ->
            Reply.stream(
                g -> {
                  g.writeStartObject();
                  for (Listing<?> listing : Listings.dump(data, paths)) {
                    g.writeFieldName(listing.key());
                    listing.writeArray(g);
                  }
                  g.writeEndObject();
                }));
  }
}
