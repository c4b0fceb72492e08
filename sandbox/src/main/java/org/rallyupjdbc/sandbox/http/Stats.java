package org.rallyupjdbc.sandbox.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rallyupjdbc.sandbox.json.JsonBody;

/** Counts API requests (not control requests) and keeps the most recent ones. */
final class Stats {
  static final int RECENT = 1_000;

  /** One recorded request. */
  private record Entry(String method, String path, String query, int status, double ms) {}

  private long total;
  private final Map<String, Long> byPath = new TreeMap<>();
  private final Map<Integer, Long> byStatus = new TreeMap<>();
  private final Deque<Entry> recent = new ArrayDeque<>(RECENT);

  synchronized void record(String method, String path, String query, int status, double ms) {
    total++;
    byPath.merge(path, 1L, Long::sum);
    byStatus.merge(status, 1L, Long::sum);
    if (recent.size() == RECENT) {
      recent.removeFirst();
    }
    recent.addLast(new Entry(method, path, query, status, Math.round(ms * 1000) / 1000.0));
  }

  synchronized void reset() {
    total = 0;
    byPath.clear();
    byStatus.clear();
    recent.clear();
  }

  /** {@code {"total", "byPath", "byStatus", "recent"}} as of now, oldest request first. */
  synchronized JsonBody snapshot() {
    long count = total;
    Map<String, Long> paths = new TreeMap<>(byPath);
    Map<Integer, Long> statuses = new TreeMap<>(byStatus);
    List<Entry> entries = new ArrayList<>(recent);
    return g -> {
      g.writeStartObject();
      g.writeNumberField("total", count);
      g.writeObjectFieldStart("byPath");
      for (Map.Entry<String, Long> path : paths.entrySet()) {
        g.writeNumberField(path.getKey(), path.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("byStatus");
      for (Map.Entry<Integer, Long> status : statuses.entrySet()) {
        g.writeNumberField(Integer.toString(status.getKey()), status.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("recent");
      for (Entry entry : entries) {
        g.writeStartObject();
        g.writeStringField("method", entry.method());
        g.writeStringField("path", entry.path());
        g.writeStringField("query", entry.query());
        g.writeNumberField("status", entry.status());
        g.writeNumberField("ms", entry.ms());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    };
  }
}
