package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.RecordCursor;

/**
 * Runs one {@link RallyUpLookupJoin} when the query runs: reads the other input, sends one set of
 * requests per distinct non-null key ({@code maxConcurrentRequests} at a time), and joins as SQL
 * does: a NULL key matches nothing, duplicate keys share one request, the outer row order is kept,
 * LEFT pads unmatched rows with NULLs, SEMI and ANTI keep or drop outer rows. The fetched rows are
 * matched on the value of their own parameter column, so a row the API returns for another key
 * joins nothing. Called from the code Calcite generates, hence public.
 */
public final class LookupRunner {
  private final RallyUpTable table;
  private final ParameterSpec parameter;
  private final List<RexNode> conjuncts;
  private final int[] projection;
  private final int leftKey;
  private final int rightKey;
  private final JoinRelType joinType;

  /**
   * @param projection table columns the lookup reads, in the join's right-side order
   * @param leftKey the key's ordinal in the outer rows
   * @param rightKey the parameter column's ordinal in the fetched rows
   */
  LookupRunner(
      RallyUpTable table,
      ParameterSpec parameter,
      List<RexNode> conjuncts,
      int[] projection,
      int leftKey,
      int rightKey,
      JoinRelType joinType) {
    this.table = table;
    this.parameter = parameter;
    this.conjuncts = List.copyOf(conjuncts);
    this.projection = projection.clone();
    this.leftKey = leftKey;
    this.rightKey = rightKey;
    this.joinType = joinType;
  }

  /**
   * The joined rows.
   *
   * @param outer the other input's rows, {@code Object[]} each, or bare values if {@code scalarIn}
   * @param scalarOut whether to hand out rows of one column as the bare value
   */
  public Enumerable<Object> join(
      Object outer, DataContext root, boolean scalarIn, boolean scalarOut) {
    StatementState statement = ScanRunner.statementOf(root, table.session());
    return Linq4j.asEnumerable(
        () -> joined(rows(outer, scalarIn), root, statement, scalarOut).iterator());
  }

  private List<Object> joined(
      List<Object[]> outer, DataContext root, StatementState statement, boolean scalarOut) {
    ColumnSpec column = table.spec().columns().get(table.spec().columnIndex(parameter.column()));
    Set<String> keys = new LinkedHashSet<>();
    for (Object[] row : outer) {
      String key = ScanPlanner.text(row[leftKey], column);
      if (key != null) {
        keys.add(key);
      }
    }
    Map<String, List<Object[]>> byKey = fetch(keys, column, root, statement);
    int width = projection.length;
    List<Object> out = new ArrayList<>();
    for (Object[] row : outer) {
      String key = ScanPlanner.text(row[leftKey], column);
      List<Object[]> matches = key == null ? List.of() : byKey.getOrDefault(key, List.of());
      switch (joinType) {
        case SEMI, ANTI -> {
          if (matches.isEmpty() == (joinType == JoinRelType.ANTI)) {
            out.add(scalarOut ? row[0] : row);
          }
        }
        case INNER, LEFT -> {
          for (Object[] match : matches) {
            out.add(concat(row, match));
          }
          if (matches.isEmpty() && joinType == JoinRelType.LEFT) {
            out.add(concat(row, new Object[width]));
          }
        }
        default -> throw new IllegalStateException("no lookup for " + joinType + " joins");
      }
    }
    return out;
  }

  private Map<String, List<Object[]>> fetch(
      Set<String> keys, ColumnSpec column, DataContext root, StatementState statement) {
    CallScope scope = ScanRunner.scope(root, table.session(), statement);
    // every key costs at least one request: a join over too many keys stops before the first
    scope
        .budget()
        .reserve(
            keys.size(),
            "one request per distinct key for "
                + table.spec().schema()
                + "."
                + table.spec().name()
                + ", "
                + keys.size()
                + " keys");
    Map<String, List<Object[]>> byKey = new HashMap<>();
    try (RecordCursor<List<Object[]>> rows =
        table
            .session()
            .client()
            .openPerKey(
                ListCursor.of(keys),
                key ->
                    new KeyedRows(
                        ScanReads.open(
                            table,
                            ScanReads.calls(table, parameter, conjuncts, root, -1, key),
                            projection,
                            scope),
                        key,
                        column),
                scope)) {
      while (rows.hasNext()) {
        for (Object[] row : rows.next()) {
          String key = ScanPlanner.text(row[rightKey], column);
          if (key != null) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
          }
        }
      }
    }
    return byKey;
  }

  /**
   * The outer rows as arrays. Calcite's conversion to arrays may or may not leave a one-column row
   * as its bare value, so such a row is wrapped only when it is not an array already (no column of
   * ours holds a Java array).
   */
  private static List<Object[]> rows(Object outer, boolean oneColumn) {
    List<Object[]> rows = new ArrayList<>();
    for (Object row : (Iterable<?>) outer) {
      rows.add(oneColumn && !(row instanceof Object[]) ? new Object[] {row} : (Object[]) row);
    }
    return rows;
  }

  private static Object[] concat(Object[] left, Object[] right) {
    Object[] row = new Object[left.length + right.length];
    System.arraycopy(left, 0, row, 0, left.length);
    System.arraycopy(right, 0, row, left.length, right.length);
    return row;
  }

  /**
   * The rows of one key's listing that hold that key: a row the API returns for another key must
   * not be matched twice (once per listing it appears in).
   */
  private final class KeyedRows implements RecordCursor<List<Object[]>> {
    private final RecordCursor<List<Object[]>> rows;
    private final String key;
    private final ColumnSpec column;

    KeyedRows(RecordCursor<List<Object[]>> rows, String key, ColumnSpec column) {
      this.rows = rows;
      this.key = key;
      this.column = column;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public List<Object[]> next() {
      return rows.next().stream()
          .filter(row -> key.equals(ScanPlanner.text(row[rightKey], column)))
          .toList();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
