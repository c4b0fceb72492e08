package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How transient failures are retried (see {@link RetryInterceptor}): at most {@code maxRetries}
 * retries per request, waiting a random time between zero and {@code baseDelay * 2^n} (at most
 * {@code maxDelay}) before retry n+1, or what {@code Retry-After} asks for, and never waiting more
 * than {@code budget} in total for one request.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param baseDelay the upper bound of the first retry's random wait
 * @param maxDelay the largest upper bound a computed wait may have ({@code Retry-After} may ask for
 *     more, up to the budget)
 * @param budget the most time one request may spend waiting between its attempts; a {@code
 *     Retry-After} that asks for more than is left fails the request at once
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration budget) {
  /** The default number of retries, also the {@code maxRetries} connection property's default. */
  public static final int DEFAULT_MAX_RETRIES = 4;

  /** Creates a policy. */
  public RetryPolicy {
    requireNonNull(baseDelay, "baseDelay");
    requireNonNull(maxDelay, "maxDelay");
    requireNonNull(budget, "budget");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || budget.isNegative()) {
      throw new IllegalArgumentException(
          "need 0 <= baseDelay <= maxDelay and budget >= 0: " + baseDelay + ", " + maxDelay);
    }
  }

  /** Four retries, waits bounded by 250 ms doubling up to 8 s, a 60 s budget per request. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        DEFAULT_MAX_RETRIES, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60));
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return defaults().withMaxRetries(0);
  }

  /** This policy with another number of retries. */
  public RetryPolicy withMaxRetries(int value) {
    return new RetryPolicy(value, baseDelay, maxDelay, budget);
  }

  /** This policy with other bounds of the computed waits (tests shrink them). */
  public RetryPolicy withDelays(Duration base, Duration max) {
    return new RetryPolicy(maxRetries, base, max, budget);
  }

  /** This policy with another waiting budget per request. */
  public RetryPolicy withBudget(Duration value) {
    return new RetryPolicy(maxRetries, baseDelay, maxDelay, value);
  }
}
