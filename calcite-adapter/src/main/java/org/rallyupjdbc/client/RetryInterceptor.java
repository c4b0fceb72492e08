package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retries a request that failed for a reason that may pass: a connection error (an {@link
 * IOException} from the transport, not a cancel or timeout of the call), or HTTP 429, 500, 502, 503
 * or 504. Before retry n (0-based) it waits a random time between zero and {@code min(maxDelay,
 * baseDelay * 2^n)} ("full jitter"), or exactly what {@code Retry-After} asks for (delta-seconds or
 * an HTTP-date). It makes at most {@link RetryPolicy#maxRetries()} retries and waits at most {@link
 * RetryPolicy#budget()} in total, less when the call has a deadline or timeout; when the next wait
 * would not fit in what is left, it gives up at once instead of sleeping past it.
 *
 * <p>Only requests that can be repeated without effect are retried: {@code GET} and {@code HEAD},
 * and, in the instance made by {@link #forLogins}, the token login {@code POST} (a password grant
 * issued twice only issues a second token). Every other status, 401 included (the bearer-token
 * interceptor renews the token once), goes back to the caller as it is.
 *
 * <p>This is an application interceptor placed before the bearer-token and request-log
 * interceptors, so every attempt gets the current token and is logged. The number of retries and
 * the reason for giving up are kept on the {@link Call} for error messages: {@link
 * #attempts(Call)}.
 */
final class RetryInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger(RallyUpClient.class.getName());
  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 500, 502, 503, 504);

  /** Longer waits are read as this (about 31 years), which keeps nanoseconds in a long. */
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(999_999_999L);

  private final RetryPolicy policy;
  private final boolean retriesPosts;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  private RetryInterceptor(
      RetryPolicy policy,
      boolean retriesPosts,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.policy = requireNonNull(policy, "policy");
    this.retriesPosts = retriesPosts;
    this.clock = requireNonNull(clock, "clock");
    this.sleeper = requireNonNull(sleeper, "sleeper");
    this.jitter = requireNonNull(jitter, "jitter");
  }

  /** Retries {@code GET} and {@code HEAD} requests. */
  static RetryInterceptor forReads(
      RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    return new RetryInterceptor(policy, false, clock, sleeper, jitter);
  }

  /** Also retries {@code POST}: only for the client that sends nothing but token logins. */
  static RetryInterceptor forLogins(
      RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    return new RetryInterceptor(policy, true, clock, sleeper, jitter);
  }

  /** A uniformly distributed number in [0, 1), for the jitter. */
  static double randomJitter() {
    return ThreadLocalRandom.current().nextDouble();
  }

  /** The retries made for {@code call} so far, and why retrying stopped early, if it did. */
  static Attempts attempts(Call call) {
    Attempts attempts = call.tag(Attempts.class);
    return attempts != null ? attempts : new Attempts();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (policy.maxRetries() == 0 || !repeatable(request)) {
      return chain.proceed(request);
    }
    Call call = chain.call();
    Attempts attempts = call.tag(Attempts.class, Attempts::new);
    long started = sleeper.nanoTime();
    long waited = 0;
    while (true) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (call.isCanceled() || !isTransient(e) || attempts.retries >= policy.maxRetries()) {
          throw e;
        }
        long wait = backoff(attempts.retries);
        String refusal = refusal(wait, false, waited, started, call.timeout());
        if (refusal != null) {
          attempts.gaveUp = refusal;
          throw e;
        }
        log(request, e.getClass().getSimpleName() + ": " + e.getMessage(), wait, attempts);
        sleep(wait, call);
        waited += wait;
        attempts.retries++;
        continue;
      }
      if (!TRANSIENT_STATUSES.contains(response.code())
          || attempts.retries >= policy.maxRetries()) {
        return response;
      }
      Optional<Duration> asked = retryAfter(response.header("Retry-After"), clock.instant());
      long wait = asked.map(Duration::toNanos).orElseGet(() -> backoff(attempts.retries));
      String refusal = refusal(wait, asked.isPresent(), waited, started, call.timeout());
      if (refusal != null) {
        attempts.gaveUp = refusal;
        return response;
      }
      response.close();
      log(request, "HTTP " + response.code(), wait, attempts);
      sleep(wait, call);
      waited += wait;
      attempts.retries++;
    }
  }

  private boolean repeatable(Request request) {
    String method = request.method();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    return retriesPosts
        && method.equals("POST")
        && (request.body() == null || !request.body().isOneShot());
  }

  /**
   * Whether a transport failure may pass: not a cancelled or timed-out call, not an HTTP protocol
   * violation, not a certificate the client rejects.
   */
  static boolean isTransient(IOException e) {
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      return false;
    }
    if (e instanceof ProtocolException || e instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException);
  }

  /** A random wait in [0, min(maxDelay, baseDelay * 2^retry)], in nanoseconds. */
  private long backoff(int retry) {
    long bound = policy.baseDelay().toNanos();
    long cap = policy.maxDelay().toNanos();
    for (int i = 0; i < retry && bound < cap; i++) {
      bound = bound > cap / 2 ? cap : bound * 2;
    }
    bound = Math.min(bound, cap);
    return Math.round(jitter.getAsDouble() * bound);
  }

  /**
   * Why waiting {@code wait} more is not allowed, or null when it is: the budget of the policy, and
   * the call's own deadline or timeout (a statement's remaining time).
   */
  private String refusal(
      long wait, boolean askedByServer, long waited, long started, Timeout timeout) {
    long now = sleeper.nanoTime();
    long left = policy.budget().toNanos() - waited;
    String of = "the retry budget";
    if (timeout.timeoutNanos() > 0 && started + timeout.timeoutNanos() - now < left) {
      left = started + timeout.timeoutNanos() - now;
      of = "the call's time limit";
    }
    if (timeout.hasDeadline() && timeout.deadlineNanoTime() - now < left) {
      left = timeout.deadlineNanoTime() - now;
      of = "the call's deadline";
    }
    if (wait <= left) {
      return null;
    }
    String what = askedByServer ? "Retry-After asks for " : "the next retry would wait ";
    return "gave up: "
        + what
        + seconds(wait)
        + ", more than the "
        + seconds(Math.max(0, left))
        + " left of "
        + of;
  }

  private void sleep(long nanos, Call call) throws IOException {
    sleeper.sleep(nanos, call::isCanceled);
    if (call.isCanceled()) {
      throw new IOException("Canceled");
    }
  }

  private void log(Request request, String failure, long wait, Attempts attempts) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} failed with {2}; retry {3} of {4} in {5} ms",
          request.method(),
          RequestLogInterceptor.describe(request),
          failure,
          attempts.retries + 1,
          policy.maxRetries(),
          wait / 1_000_000);
    }
  }

  /**
   * The wait a {@code Retry-After} value asks for: delta-seconds, or an HTTP-date (RFC 1123) from
   * which {@code now} is subtracted (a date in the past means no wait). Empty when the header is
   * absent or not understood.
   */
  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(
          text.length() > 9 ? LONGEST_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(text)));
    }
    return HttpDate.parse(text)
        .map(
            at -> {
              Duration wait = Duration.between(now, at);
              if (wait.compareTo(LONGEST_RETRY_AFTER) > 0) {
                return LONGEST_RETRY_AFTER;
              }
              return wait.isNegative() ? Duration.ZERO : wait;
            });
  }

  private static String seconds(long nanos) {
    return nanos % 1_000_000_000L == 0
        ? nanos / 1_000_000_000L + " s"
        : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** What the interceptor did for one call, for error messages. */
  static final class Attempts {
    private int retries;
    private String gaveUp;
    private long waitedNanos;

    /** Adds time spent waiting for the rate limiter. */
    void waited(long nanos) {
      waitedNanos += nanos;
    }

    /** Time spent waiting for the rate limiter, in milliseconds. */
    long waitedMillis() {
      return waitedNanos / 1_000_000;
    }

    /** The retries made after the first attempt. */
    int retries() {
      return retries;
    }

    /** {@code " after N retries"}, or nothing when there was no retry. */
    String after() {
      return retries == 0 ? "" : " after " + retries + (retries == 1 ? " retry" : " retries");
    }

    /**
     * {@code " (gave up: ...)"} when retrying stopped because the next wait would not fit the
     * budget or deadline, else nothing.
     */
    String gaveUp() {
      return gaveUp == null ? "" : " (" + gaveUp + ")";
    }
  }

  /** Time as the interceptor sees it; tests substitute one that records waits instead. */
  interface Sleeper {
    /** The real clock and {@link Thread#sleep}, waking every 50 ms to notice a cancelled call. */
    Sleeper SYSTEM =
        new Sleeper() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(long nanos, BooleanSupplier cancelled) throws InterruptedIOException {
            long end = System.nanoTime() + nanos;
            long left = nanos;
            while (left > 0 && !cancelled.getAsBoolean()) {
              try {
                Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry");
              }
              left = end - System.nanoTime();
            }
          }
        };

    /** A monotonic time in nanoseconds, comparable with {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code nanos}, returning early once {@code cancelled} says so. */
    void sleep(long nanos, BooleanSupplier cancelled) throws InterruptedIOException;
  }
}
