package org.rallyupjdbc.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs a known number of fetches with at most {@code window} in flight and hands the results out in
 * order, so the rows of a scan keep their order while pages arrive concurrently. At most {@code
 * window} results wait in memory besides the one being read. Closing cancels every fetch still
 * running, which also cancels its HTTP call.
 */
final class OrderedPrefetch<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final int count;
  private final IntFunction<Callable<T>> fetch;
  private final Deadline deadline;
  private final Deque<Future<T>> inFlight = new ArrayDeque<>();
  private int submitted;
  private int delivered;

  /**
   * @param count how many fetches there are
   * @param fetch the fetch for a position, 0 to count - 1
   */
  OrderedPrefetch(
      ExecutorService pool,
      int window,
      int count,
      IntFunction<Callable<T>> fetch,
      Deadline deadline) {
    this.pool = pool;
    this.window = Math.max(1, window);
    this.count = count;
    this.fetch = fetch;
    this.deadline = deadline;
  }

  boolean hasNext() {
    return delivered < count;
  }

  /** The next result in order, waiting for it if needed. */
  T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    fill();
    T result = await(inFlight.getFirst(), deadline, this::close);
    inFlight.removeFirst();
    delivered++;
    fill();
    return result;
  }

  private void fill() {
    while (inFlight.size() < window && submitted < count) {
      inFlight.addLast(pool.submit(fetch.apply(submitted++)));
    }
  }

  /**
   * Waits for a fetch, polling the statement's cancel flag and timeout; {@code stop} runs before
   * any failure is thrown, to cancel the caller's other fetches.
   */
  static <R> R await(Future<R> future, Deadline deadline, Runnable stop) {
    while (true) {
      try {
        return future.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException poll) {
        if (deadline.isCancelled()) {
          stop.run();
          throw new RallyUpApiException(
              RallyUpApiException.Kind.CANCELLED,
              0,
              "the statement was cancelled while waiting for RallyUp");
        }
        if (deadline.hasPassed()) {
          stop.run();
          throw RallyUpApiException.timedOut("while waiting for RallyUp", null);
        }
      } catch (ExecutionException failed) {
        stop.run();
        if (failed.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(failed.getCause());
      } catch (CancellationException | InterruptedException stopped) {
        stop.run();
        if (stopped instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw new RallyUpApiException(
            RallyUpApiException.Kind.CANCELLED, 0, "reading from RallyUp was interrupted");
      }
    }
  }

  @Override
  public void close() {
    for (Future<T> future : inFlight) {
      future.cancel(true);
    }
    inFlight.clear();
    submitted = count;
    delivered = count;
  }
}
