package org.rallyupjdbc.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Response bodies of one connection by URL, kept for {@code cacheTtlSeconds}: the queries of one
 * report refresh then read one consistent copy of the data, and pay for it once. Bodies are kept as
 * bytes and decoded again for each query, so different projections of one request are each correct.
 * At most {@link #MAX_BYTES} are held; the oldest entries go first.
 */
final class ResponseCache {
  /** Largest total of cached bodies. */
  static final long MAX_BYTES = 64L << 20;

  private final long ttlNanos;
  private final Map<String, Stored> bodies = new LinkedHashMap<>();
  private long bytes;

  /** A body and its Content-Type header. */
  record Body(byte[] bytes, String contentType) {}

  private record Stored(Body body, long storedAt) {}

  ResponseCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  boolean enabled() {
    return ttlNanos > 0;
  }

  synchronized Body get(String url) {
    Stored stored = bodies.get(url);
    if (stored == null) {
      return null;
    }
    if (System.nanoTime() - stored.storedAt() > ttlNanos) {
      remove(url);
      return null;
    }
    return stored.body();
  }

  synchronized void put(String url, Body body) {
    if (!enabled() || body.bytes().length > MAX_BYTES / 4) {
      return;
    }
    remove(url);
    bodies.put(url, new Stored(body, System.nanoTime()));
    bytes += body.bytes().length;
    Iterator<Stored> oldest = bodies.values().iterator();
    while (bytes > MAX_BYTES && oldest.hasNext()) {
      bytes -= oldest.next().body().bytes().length;
      oldest.remove();
    }
  }

  private void remove(String url) {
    Stored old = bodies.remove(url);
    if (old != null) {
      bytes -= old.body().bytes().length;
    }
  }
}
