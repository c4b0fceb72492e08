package org.rallyupjdbc.adapter;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;
import org.rallyupjdbc.client.CallScope;

/**
 * Runs one {@link RallyUpLookupJoin} when the query runs: reads the other input in batches, has
 * {@link LookupFetch} read the rows of each batch's new distinct non-null keys, and joins as SQL
 * does: a NULL key matches nothing, duplicate keys share one request, the outer row order is kept,
 * LEFT pads unmatched rows with NULLs, SEMI and ANTI keep or drop outer rows. The fetched rows are
 * matched on the value of their own parameter column, so a row the API returns for another key
 * joins nothing. Called from the code Calcite generates, hence public.
 */
public final class LookupRunner {
  private final RallyUpTable table;
  private final LookupKey key;
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
      LookupKey key,
      List<RexNode> conjuncts,
      int[] projection,
      int leftKey,
      int rightKey,
      JoinRelType joinType) {
    this.table = table;
    this.key = key;
    this.conjuncts = List.copyOf(conjuncts);
    this.projection = projection.clone();
    this.leftKey = leftKey;
    this.rightKey = rightKey;
    this.joinType = joinType;
  }

  /**
   * The joined rows, read a batch of outer rows at a time ({@link LookupRows}).
   *
   * @param outer the other input's rows, {@code Object[]} each, or bare values if {@code scalarIn}
   * @param scalarOut whether to hand out rows of one column as the bare value
   */
  public Enumerable<Object> join(
      Enumerable<Object> outer, DataContext root, boolean scalarIn, boolean scalarOut) {
    StatementState statement = ScanRunner.statementOf(root, table.session());
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        LookupFetch fetch = new LookupFetch(table, key, conjuncts, projection, rightKey);
        CallScope scope = ScanRunner.scope(root, table.session(), statement);
        return new LookupRows(
            Linq4j.transform(outer.enumerator(), row -> asArray(row, scalarIn)),
            row -> ScanPlanner.text(row[leftKey], fetch.column()),
            keys -> fetch.fetch(keys, root, scope),
            (row, matches, out) -> join(row, matches, scalarOut, out));
      }
    };
  }

  /** Adds the joined rows of one outer row to {@code out}, given the rows its key fetched. */
  private void join(Object[] row, List<Object[]> matches, boolean scalarOut, List<Object> out) {
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
          out.add(concat(row, new Object[projection.length]));
        }
      }
      default -> throw new IllegalStateException("no lookup for " + joinType + " joins");
    }
  }

  /**
   * An outer row as an array. Calcite's conversion to arrays may or may not leave a one-column row
   * as its bare value, so such a row is wrapped only when it is not an array already (no column of
   * ours holds a Java array).
   */
  private static Object[] asArray(Object row, boolean oneColumn) {
    return oneColumn && !(row instanceof Object[]) ? new Object[] {row} : (Object[]) row;
  }

  private static Object[] concat(Object[] left, Object[] right) {
    Object[] row = new Object[left.length + right.length];
    System.arraycopy(left, 0, row, 0, left.length);
    System.arraycopy(right, 0, row, left.length, right.length);
    return row;
  }
}
