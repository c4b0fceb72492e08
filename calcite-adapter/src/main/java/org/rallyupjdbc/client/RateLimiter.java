package org.rallyupjdbc.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;

/**
 * Paces the requests of one credential, shared by every connection in this JVM, because RallyUp's
 * rate limit counts per organization, not per connection. Requests are not paced until RallyUp
 * answers 429 or a ceiling ({@code maxRequestsPerSecond}) is set. Each 429 halves the allowed rate
 * (the first one halves the rate of the second before it); each success adds back one request per
 * second per second of successes, up to the ceiling (additive increase, multiplicative decrease).
 */
final class RateLimiter {
  /** The slowest pace a run of 429s can bring the rate down to. */
  static final double MIN_RATE = 0.5;

  /** Without a ceiling, a recovered rate this high stops pacing altogether. */
  static final double UNPACED_ABOVE = 100;

  private static final long SECOND = 1_000_000_000L;
  private static final Map<String, RateLimiter> SHARED = new ConcurrentHashMap<>();

  private final RetryInterceptor.Sleeper clock;
  private final Deque<Long> recent = new ArrayDeque<>();
  private double ceiling;
  private double rate;
  private long nextStart;

  RateLimiter(double ceiling, RetryInterceptor.Sleeper clock) {
    this.clock = clock;
    this.ceiling = ceiling > 0 ? ceiling : Double.POSITIVE_INFINITY;
    this.rate = this.ceiling;
  }

  /**
   * The limiter of a credential at a base URL. The lowest ceiling asked for wins. The key holds a
   * hash of the secret, never the secret.
   */
  static RateLimiter shared(
      HttpUrl baseUrl, Credentials credentials, double ceiling, RetryInterceptor.Sleeper clock) {
    String key =
        baseUrl
            + "|"
            + credentials.api()
            + "|"
            + credentials.login().orElse("")
            + "|"
            + sha256(credentials.secret().reveal());
    RateLimiter limiter = SHARED.computeIfAbsent(key, k -> new RateLimiter(ceiling, clock));
    limiter.lowerCeiling(ceiling);
    return limiter;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private synchronized void lowerCeiling(double value) {
    if (value > 0 && value < ceiling) {
      ceiling = value;
      rate = Math.min(rate, value);
    }
  }

  /** The requests per second allowed now; infinite while unpaced. */
  synchronized double rate() {
    return rate;
  }

  /**
   * Waits for this request's turn and returns how long it waited, in nanoseconds. Returns early,
   * without its turn, once {@code cancelled} says so.
   */
  long acquire(BooleanSupplier cancelled) throws java.io.InterruptedIOException {
    long now = clock.nanoTime();
    long wait;
    synchronized (this) {
      remember(now);
      if (Double.isInfinite(rate)) {
        return 0;
      }
      long start = Math.max(now, nextStart);
      nextStart = start + (long) (SECOND / rate);
      wait = start - now;
    }
    if (wait > 0) {
      clock.sleep(wait, cancelled);
    }
    return wait;
  }

  /** RallyUp answered 429: halve the rate. */
  synchronized void onRateLimited() {
    double current = Double.isInfinite(rate) ? Math.max(1, recent.size()) : rate;
    rate = Math.max(MIN_RATE, current / 2);
  }

  /** A request succeeded: raise the rate by one request per second for each second of successes. */
  synchronized void onSuccess() {
    if (Double.isInfinite(rate)) {
      return;
    }
    rate = Math.min(ceiling, rate + 1 / rate);
    if (Double.isInfinite(ceiling) && rate > UNPACED_ABOVE) {
      rate = Double.POSITIVE_INFINITY;
    }
  }

  /** Keeps the start times of the last second, to know the rate when the first 429 comes. */
  private void remember(long now) {
    recent.addLast(now);
    while (!recent.isEmpty() && now - recent.peekFirst() > SECOND) {
      recent.removeFirst();
    }
  }
}
