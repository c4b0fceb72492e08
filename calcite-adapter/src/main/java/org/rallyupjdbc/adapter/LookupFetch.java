package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.FanOutStart;
import org.rallyupjdbc.client.RecordCursor;

/**
 * Reads the rows of a lookup join's keys: one set of requests per key, {@code
 * maxConcurrentRequests} keys at a time, each row filed under the value of its own key column. A
 * parameter the API may not honour (catalog {@code assumed}) is probed with the first key alone: if
 * that listing holds rows of other keys, the API ignored the parameter, the listing was the whole
 * table, and no other key is requested. One instance serves one execution of the join.
 */
final class LookupFetch {
  private final RallyUpTable table;
  private final LookupKey lookupKey;
  private final List<RexNode> conjuncts;
  private final int[] projection;
  private final int rightKey;
  private final ColumnSpec column;
  private boolean probed;

  /**
   * @param projection table columns the lookup reads
   * @param rightKey the key column's ordinal in the fetched rows
   */
  LookupFetch(
      RallyUpTable table,
      LookupKey lookupKey,
      List<RexNode> conjuncts,
      int[] projection,
      int rightKey) {
    this.table = table;
    this.lookupKey = lookupKey;
    this.conjuncts = List.copyOf(conjuncts);
    this.projection = projection.clone();
    this.rightKey = rightKey;
    this.column = table.spec().columns().get(table.spec().columnIndex(lookupKey.column()));
  }

  /**
   * The rows of some keys.
   *
   * @param byKey the fetched rows by key; a key without rows may be absent
   * @param complete whether the rows are the whole table's (the API ignored the parameter), so that
   *     no other key needs a request
   */
  record Fetched(Map<String, List<Object[]>> byKey, boolean complete) {}

  /** The key column, whose values as request text are compared. */
  ColumnSpec column() {
    return column;
  }

  /** The rows of the keys. */
  Fetched fetch(Set<String> keys, DataContext root, CallScope scope) {
    // every key costs at least one request: a join over too many keys stops before the first
    scope
        .budget()
        .reserve(
            keys.size(),
            "one request per distinct key for " + qualifiedName() + ", " + keys.size() + " keys");
    Map<String, List<Object[]>> byKey = new HashMap<>();
    Set<String> rest = new LinkedHashSet<>(keys);
    if (lookupKey.assumed() && !probed && keys.size() > 1) {
      probed = true;
      String first = keys.iterator().next();
      rest.remove(first);
      if (!probe(first, byKey, root, scope)) {
        scope
            .warnings()
            .add(
                qualifiedName()
                    + ": the API ignored "
                    + lookupKey.describe()
                    + " (its listing for one key held other keys' rows); the join used that one"
                    + " listing instead of one per key");
        return new Fetched(byKey, true);
      }
    }
    try (RecordCursor<List<Object[]>> rows =
        table
            .session()
            .client()
            .openPerKey(
                ListCursor.of(rest),
                key -> keyed(open(key, root, scope), key),
                scope,
                FanOutStart.ALL)) {
      while (rows.hasNext()) {
        file(rows.next(), byKey);
      }
    }
    return new Fetched(byKey, false);
  }

  /**
   * Reads the first key's listing whole, filing every row; true when all its rows hold that key, so
   * the API honours the parameter.
   */
  private boolean probe(
      String first, Map<String, List<Object[]>> byKey, DataContext root, CallScope scope) {
    boolean honoured = true;
    try (RecordCursor<List<Object[]>> rows = open(first, root, scope)) {
      while (rows.hasNext()) {
        List<Object[]> batch = rows.next();
        honoured &= batch.stream().allMatch(row -> first.equals(key(row)));
        file(batch, byKey);
      }
    }
    return honoured;
  }

  private RecordCursor<List<Object[]>> open(String key, DataContext root, CallScope scope) {
    return ScanReads.open(
        table, lookupKey.calls(table.planner(), conjuncts, root, key), projection, scope);
  }

  private void file(List<Object[]> rows, Map<String, List<Object[]>> byKey) {
    for (Object[] row : rows) {
      String key = key(row);
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
  }

  private String key(Object[] row) {
    return ScanPlanner.text(row[rightKey], column);
  }

  private String qualifiedName() {
    return table.spec().schema() + "." + table.spec().name();
  }

  /**
   * The rows of one key's listing that hold that key: a row the API returns for another key must
   * not be matched twice (once per listing it appears in).
   */
  private RecordCursor<List<Object[]>> keyed(RecordCursor<List<Object[]>> rows, String key) {
    return new RecordCursor<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<Object[]> next() {
        return rows.next().stream().filter(row -> key.equals(key(row))).toList();
      }

      @Override
      public void close() {
        rows.close();
      }
    };
  }
}
