package org.rallyupjdbc.client;

import java.time.Duration;

/**
 * When a statement must be finished ({@code Statement.setQueryTimeout}), on the {@link
 * System#nanoTime()} clock; {@link #NONE} when it may take as long as it needs.
 */
public record Deadline(long nanoTime) {
  /** No time limit. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

  /** The deadline {@code timeout} from now; {@link #NONE} for a zero or negative timeout. */
  public static Deadline after(Duration timeout) {
    return timeout.isZero() || timeout.isNegative()
        ? NONE
        : new Deadline(System.nanoTime() + timeout.toNanos());
  }

  /** Whether there is a limit at all. */
  public boolean isSet() {
    return nanoTime != Long.MAX_VALUE;
  }

  /** Whether the limit has passed. */
  public boolean hasPassed() {
    return isSet() && System.nanoTime() - nanoTime >= 0;
  }

  /** Time left, at least one millisecond while the limit has not passed. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(1_000_000, nanoTime - System.nanoTime()));
  }
}
