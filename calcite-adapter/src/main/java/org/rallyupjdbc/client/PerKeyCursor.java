package org.rallyupjdbc.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The records of one listing per key, keys read lazily from another cursor (a parent listing), in
 * key order. Each distinct key is listed once; null keys list nothing. Listings run on the pool,
 * starting with {@code window} in flight and doubling after each delivered listing up to {@code
 * maxWindow}: starting with one, a query that needs a few rows makes a few requests while a full
 * read soon runs at full concurrency ({@link FanOutStart}). Closing cancels every listing still
 * running (and with it its HTTP call) and closes the key cursor.
 */
final class PerKeyCursor<T> implements RecordCursor<T> {
  private final ExecutorService pool;
  private final int maxWindow;
  private final RecordCursor<String> keys;
  private final Function<String, RecordCursor<T>> open;
  private final Deadline deadline;
  private final Set<String> seen = new HashSet<>();
  private final Deque<Future<List<T>>> inFlight = new ArrayDeque<>();
  private Iterator<T> current = List.<T>of().iterator();
  private int window;
  private boolean closed;

  PerKeyCursor(
      ExecutorService pool,
      int maxWindow,
      int window,
      RecordCursor<String> keys,
      Function<String, RecordCursor<T>> open,
      Deadline deadline) {
    this.pool = pool;
    this.maxWindow = Math.max(1, maxWindow);
    this.window = Math.max(1, Math.min(window, this.maxWindow));
    this.keys = keys;
    this.open = open;
    this.deadline = deadline;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      fill();
      if (inFlight.isEmpty()) {
        return false;
      }
      List<T> records = OrderedPrefetch.await(inFlight.getFirst(), deadline, this::close);
      inFlight.removeFirst();
      window = Math.min(maxWindow, window * 2);
      current = records.iterator();
      fill();
    }
    return true;
  }

  private void fill() {
    while (!closed && inFlight.size() < window && keys.hasNext()) {
      String key = keys.next();
      if (key != null && seen.add(key)) {
        inFlight.addLast(pool.submit(() -> readAll(open.apply(key))));
      }
    }
  }

  private static <T> List<T> readAll(RecordCursor<T> cursor) {
    try (cursor) {
      List<T> records = new ArrayList<>();
      cursor.forEachRemaining(records::add);
      return records;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Future<List<T>> future : inFlight) {
      future.cancel(true);
    }
    inFlight.clear();
    current = List.<T>of().iterator();
    keys.close();
  }
}
