package org.rallyupjdbc.adapter;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.DataContext;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.Sarg;

/**
 * One conjunct of a WHERE clause read as a constraint on one column of the table: {@code col = v},
 * {@code col IN (...)}, or a bound ({@code col >= v}, {@code col < v}, {@code BETWEEN}). Values are
 * literals or {@code ?} parameters, read only when the query runs. Any other conjunct is not a
 * constraint, and stays with Calcite alone.
 *
 * @param column the table column ordinal
 * @param kind how the column is constrained
 * @param value the compared value for EQUALS, AT_LEAST and AT_MOST, else null
 * @param sarg the search argument for IN and RANGE, else null
 */
record Constraint(int column, Kind kind, RexNode value, Sarg<?> sarg) {

  /** How the column is constrained. */
  enum Kind {
    /** {@code col = v}. */
    EQUALS,
    /** {@code col IN (v1, v2, ...)}. */
    IN,
    /** {@code col >= v} or {@code col > v}. */
    AT_LEAST,
    /** {@code col <= v} or {@code col < v}. */
    AT_MOST,
    /** Bounds on both or one side, from a {@code SEARCH} over ranges. */
    RANGE
  }

  /** Reads a conjunct whose input refs are table column ordinals. */
  static Optional<Constraint> of(RexNode conjunct) {
    if (!(conjunct instanceof RexCall call) || call.getOperands().size() != 2) {
      return Optional.empty();
    }
    RexNode left = stripCasts(call.getOperands().get(0));
    RexNode right = stripCasts(call.getOperands().get(1));
    if (call.isA(SqlKind.SEARCH)) {
      return search(left, right);
    }
    SqlKind kind = call.getKind();
    if (right instanceof RexInputRef && !(left instanceof RexInputRef)) {
      RexNode swap = left;
      left = right;
      right = swap;
      kind = kind.reverse();
    }
    if (!(left instanceof RexInputRef ref) || !isValue(right)) {
      return Optional.empty();
    }
    Kind constraint =
        switch (kind) {
          case EQUALS -> Kind.EQUALS;
          case GREATER_THAN, GREATER_THAN_OR_EQUAL -> Kind.AT_LEAST;
          case LESS_THAN, LESS_THAN_OR_EQUAL -> Kind.AT_MOST;
          default -> null;
        };
    return constraint == null
        ? Optional.empty()
        : Optional.of(new Constraint(ref.getIndex(), constraint, right, null));
  }

  private static Optional<Constraint> search(RexNode left, RexNode right) {
    if (!(left instanceof RexInputRef ref) || !(right instanceof RexLiteral literal)) {
      return Optional.empty();
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    // A search that also accepts NULL would let rows through that no API filter returns.
    if (sarg == null || sarg.nullAs == RexUnknownAs.TRUE || sarg.rangeSet.isEmpty()) {
      return Optional.empty();
    }
    if (sarg.isPoints()) {
      return Optional.of(new Constraint(ref.getIndex(), Kind.IN, null, sarg));
    }
    Range<?> span = sarg.rangeSet.span();
    if (!span.hasLowerBound() && !span.hasUpperBound()) {
      return Optional.empty();
    }
    return Optional.of(new Constraint(ref.getIndex(), Kind.RANGE, null, sarg));
  }

  private static boolean isValue(RexNode node) {
    return node instanceof RexLiteral || node instanceof RexDynamicParam;
  }

  /**
   * The values for EQUALS and IN, as Java values; for a {@code ?} parameter, its value in {@code
   * root}, or null when the query is not running (EXPLAIN).
   */
  List<Object> values(DataContext root) {
    if (kind == Kind.EQUALS) {
      List<Object> one = new ArrayList<>(1);
      one.add(valueOf(value, root));
      return one;
    }
    List<Object> points = new ArrayList<>();
    for (Range<?> point : sarg.rangeSet.asRanges()) {
      points.add(point.lowerEndpoint());
    }
    return points;
  }

  /** The lower bound for AT_LEAST and RANGE, or null when there is none. */
  Object lowerBound(DataContext root) {
    if (kind == Kind.AT_LEAST) {
      return valueOf(value, root);
    }
    if (kind != Kind.RANGE) {
      return null;
    }
    Range<?> span = sarg.rangeSet.span();
    return span.hasLowerBound() ? span.lowerEndpoint() : null;
  }

  /** The upper bound for AT_MOST and RANGE, or null when there is none. */
  Object upperBound(DataContext root) {
    if (kind == Kind.AT_MOST) {
      return valueOf(value, root);
    }
    if (kind != Kind.RANGE) {
      return null;
    }
    Range<?> span = sarg.rangeSet.span();
    return span.hasUpperBound() ? span.upperEndpoint() : null;
  }

  /** Whether the upper bound excludes its value ({@code col < v}). */
  boolean upperOpen() {
    return kind == Kind.RANGE && sarg.rangeSet.span().upperBoundType() == BoundType.OPEN;
  }

  /** Whether a value is a {@code ?} parameter (unknown until the query runs). */
  boolean isParameter() {
    return value instanceof RexDynamicParam;
  }

  private static Object valueOf(RexNode node, DataContext root) {
    if (node instanceof RexLiteral literal) {
      return literal.getValue4();
    }
    RexDynamicParam param = (RexDynamicParam) node;
    return root == null ? null : root.get("?" + param.getIndex());
  }

  /**
   * Looks through casts that cannot change whether two values are equal (exact numbers into wider
   * exact numbers, text into text at least as long), so {@code id = 1226.0} still finds the key.
   * Any other cast is kept, and the conjunct is then not a constraint.
   */
  private static RexNode stripCasts(RexNode node) {
    RexNode current = node;
    while (current.isA(SqlKind.CAST)) {
      RexNode inner = ((RexCall) current).getOperands().get(0);
      if (!isLossless(inner.getType(), current.getType())) {
        break;
      }
      current = inner;
    }
    return current;
  }

  private static boolean isLossless(RelDataType from, RelDataType to) {
    if (SqlTypeUtil.isExactNumeric(from) && SqlTypeUtil.isExactNumeric(to)) {
      return to.getScale() >= from.getScale()
          && to.getPrecision() - to.getScale() >= from.getPrecision() - from.getScale();
    }
    if (SqlTypeUtil.isCharacter(from) && SqlTypeUtil.isCharacter(to)) {
      return to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
          || (from.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
              && to.getPrecision() >= from.getPrecision());
    }
    if (SqlTypeUtil.isTimestamp(from) && SqlTypeUtil.isTimestamp(to)) {
      return to.getPrecision() >= from.getPrecision();
    }
    return false;
  }
}
