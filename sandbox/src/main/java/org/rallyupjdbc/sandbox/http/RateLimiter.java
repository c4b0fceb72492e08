package org.rallyupjdbc.sandbox.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per bearer token: bursts of up to one second's allowance, refilled at the
 * configured rate; excess requests get 429 with Retry-After in whole seconds.
 */
final class RateLimiter {
  private final double perSecond;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** A rate of 0 disables limiting. */
  RateLimiter(double perSecond) {
    this.perSecond = perSecond;
  }

  void acquire(String key) {
    if (perSecond <= 0) {
      return;
    }
    double waitSeconds = buckets.computeIfAbsent(key, k -> new Bucket()).take(System.nanoTime());
    if (waitSeconds > 0) {
      long retryAfter = Math.max(1, (long) Math.ceil(waitSeconds));
      throw new ApiError(
          429,
          "API rate limit exceeded. Retry after " + retryAfter + " second(s).",
          Map.of("Retry-After", Long.toString(retryAfter)));
    }
  }

  /** One token's allowance. */
  private final class Bucket {
    private final double capacity = Math.max(1, perSecond);
    private double available = capacity;
    private long refilledAt = System.nanoTime();

    /** Takes one request's allowance; returns 0, or the seconds until one is available. */
    synchronized double take(long now) {
      available = Math.min(capacity, available + (now - refilledAt) / 1e9 * perSecond);
      refilledAt = now;
      if (available >= 1) {
        available -= 1;
        return 0;
      }
      return (1 - available) / perSecond;
    }
  }
}
