package org.rallyupjdbc.adapter;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * What one RallyUp scan reads, as the planner rules shape it: the table columns it outputs, the
 * conjuncts (over table column ordinals) that shape its requests, how many rows the query can use
 * at most, and whether it only counts.
 *
 * @param projection table column ordinals, in output order
 * @param pushed conjuncts the API uses; Calcite keeps filtering on all of them
 * @param offset rows skipped before {@code fetch}, a literal or {@code ?}; null for none
 * @param fetch rows wanted after {@code offset}, a literal or {@code ?}; null for all
 * @param count whether the scan returns only the number of rows
 */
record ScanSpec(
    List<Integer> projection,
    List<ScanPlanner.Pushed> pushed,
    RexNode offset,
    RexNode fetch,
    boolean count) {

  /** Creates a spec. */
  ScanSpec {
    projection = List.copyOf(projection);
    pushed = List.copyOf(pushed);
  }

  /** Every column, nothing pushed. */
  static ScanSpec all(int columns) {
    return new ScanSpec(IntStream.range(0, columns).boxed().toList(), List.of(), null, null, false);
  }

  ScanSpec withProjection(List<Integer> columns) {
    return new ScanSpec(columns, pushed, offset, fetch, count);
  }

  ScanSpec withPushed(List<ScanPlanner.Pushed> conjuncts) {
    return new ScanSpec(projection, conjuncts, offset, fetch, count);
  }

  ScanSpec withLimit(RexNode rowsOffset, RexNode rowsFetch) {
    return new ScanSpec(projection, pushed, rowsOffset, rowsFetch, count);
  }

  ScanSpec counting() {
    return new ScanSpec(projection, pushed, offset, fetch, true);
  }

  /** The pushed conjuncts. */
  List<RexNode> conjuncts() {
    return pushed.stream().map(ScanPlanner.Pushed::conjunct).toList();
  }

  /** Whether every one of {@code conjuncts} is pushed and applied exactly by the API. */
  boolean appliesExactly(List<RexNode> conjuncts) {
    return conjuncts.stream()
        .allMatch(c -> pushed.stream().anyMatch(p -> p.exact() && p.conjunct().equals(c)));
  }

  /**
   * Rows the query can use at most (OFFSET plus FETCH), or -1 for all, or when a {@code ?} has no
   * value ({@code root} is null while planning and explaining).
   */
  long rows(DataContext root) {
    if (fetch == null) {
      return -1;
    }
    long fetched = value(fetch, root);
    long skipped = offset == null ? 0 : value(offset, root);
    return fetched < 0 || skipped < 0 ? -1 : fetched + skipped;
  }

  private static long value(RexNode node, DataContext root) {
    if (node instanceof RexLiteral literal) {
      return literal.getValueAs(Long.class);
    }
    Object value = root == null ? null : root.get("?" + ((RexDynamicParam) node).getIndex());
    return value instanceof Number number ? number.longValue() : -1;
  }

  /** Whether the scan is as the table made it, before any rule shaped it. */
  boolean isPlain() {
    return pushed.isEmpty() && fetch == null && !count;
  }
}
