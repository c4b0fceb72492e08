package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of a lookup join, a batch of outer rows at a time: the batch's new distinct keys are
 * fetched, its joined rows handed out, and only then is the next batch read. A consumer that stops
 * early ({@code LIMIT}, {@code setMaxRows}) therefore stops the lookups too, and no request is in
 * flight between batches. The first batch holds up to {@link #FIRST_BATCH} keys, so a small join is
 * one batch whose request count is checked against the budget before any request; batches then
 * double, so a large join waits on few batch boundaries. Keys already fetched are never fetched
 * again, nor is any key once a listing turned out to hold the whole table.
 */
final class LookupRows implements Enumerator<Object> {
  /** Adds the joined rows of one outer row, given the rows its key fetched, to a list. */
  @FunctionalInterface
  interface Joiner {
    void join(Object[] row, List<Object[]> matches, List<Object> out);
  }

  static final int FIRST_BATCH = 16;
  static final int LARGEST_BATCH = 1024;

  private final Enumerator<Object[]> outer;
  private final Function<Object[], String> keyOf;
  private final Function<Set<String>, LookupFetch.Fetched> fetch;
  private final Joiner joiner;
  private final Map<String, List<Object[]>> byKey = new HashMap<>();
  private List<Object> ready = List.of();
  private int next;
  private boolean complete;
  private int batch = FIRST_BATCH;
  private Keyed pending;
  private boolean positioned;

  /**
   * @param outer the other input's rows
   * @param keyOf a row's key as request text, null when it has none (NULL, or no request can carry
   *     it)
   * @param fetch the fetched rows of the given keys
   * @param joiner joins one outer row with its key's rows
   */
  LookupRows(
      Enumerator<Object[]> outer,
      Function<Object[], String> keyOf,
      Function<Set<String>, LookupFetch.Fetched> fetch,
      Joiner joiner) {
    this.outer = outer;
    this.keyOf = keyOf;
    this.fetch = fetch;
    this.joiner = joiner;
  }

  /** An outer row with its key, computed once. */
  private record Keyed(Object[] row, String key) {}

  @Override
  public boolean moveNext() {
    while (next == ready.size()) {
      List<Keyed> rows = nextBatch();
      if (rows.isEmpty()) {
        positioned = false;
        return false;
      }
      List<Object> out = new ArrayList<>();
      for (Keyed row : rows) {
        String key = row.key();
        joiner.join(row.row(), key == null ? List.of() : byKey.getOrDefault(key, List.of()), out);
      }
      ready = out;
      next = 0;
    }
    next++;
    positioned = true;
    return true;
  }

  /** Reads outer rows until the batch has its number of new keys, and fetches those keys. */
  private List<Keyed> nextBatch() {
    List<Keyed> rows = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    while (true) {
      Keyed row = pending != null ? pending : read();
      pending = null;
      if (row == null) {
        break;
      }
      String key = row.key();
      if (key != null && !complete && !byKey.containsKey(key) && !keys.contains(key)) {
        if (keys.size() == batch) {
          pending = row;
          break;
        }
        keys.add(key);
      }
      rows.add(row);
    }
    if (!keys.isEmpty()) {
      LookupFetch.Fetched fetched = fetch.apply(keys);
      fetched.byKey().forEach((key, found) -> byKey.merge(key, found, LookupRows::concat));
      // a key without rows is still fetched: remember it
      keys.forEach(key -> byKey.putIfAbsent(key, List.of()));
      complete = fetched.complete();
      batch = Math.min(LARGEST_BATCH, batch * 2);
    }
    return rows;
  }

  /** The next outer row and its key, or null after the last. */
  private Keyed read() {
    if (!outer.moveNext()) {
      return null;
    }
    Object[] row = outer.current();
    return new Keyed(row, keyOf.apply(row));
  }

  private static List<Object[]> concat(List<Object[]> a, List<Object[]> b) {
    List<Object[]> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  public Object current() {
    if (!positioned) {
      throw new NoSuchElementException();
    }
    return ready.get(next - 1);
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a lookup join is read once");
  }

  @Override
  public void close() {
    outer.close();
  }
}
