package org.rallyupjdbc.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * When a statement must stop: its query timeout ({@code Statement.setQueryTimeout}, on the {@link
 * System#nanoTime()} clock) or its cancellation ({@code Statement.cancel}).
 *
 * @param nanoTime the time limit, {@code Long.MAX_VALUE} for none
 * @param cancelled whether the statement has been cancelled
 */
public record Deadline(long nanoTime, BooleanSupplier cancelled) {
  /** No time limit, never cancelled. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, () -> false);

  /** A limit {@code timeout} from now (none for zero or less), with a cancellation flag. */
  public static Deadline after(Duration timeout, BooleanSupplier cancelled) {
    return new Deadline(
        timeout.isZero() || timeout.isNegative()
            ? Long.MAX_VALUE
            : System.nanoTime() + timeout.toNanos(),
        cancelled);
  }

  /** Whether the statement has been cancelled. */
  public boolean isCancelled() {
    return cancelled.getAsBoolean();
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
