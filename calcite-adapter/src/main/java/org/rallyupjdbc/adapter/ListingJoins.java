package org.rallyupjdbc.adapter;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.prepare.RelOptTableImpl;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Rewrites an inner join of a table with its child table on the child's key (for example {@code
 * donations JOIN donations_items ON i.transaction_id = d.transaction_id}) into one scan of the
 * listing both read, whose rows are the child's rows widened with the parent's columns. Both tables
 * come from the same records, so the join's pairs are exactly each record with each of its array
 * elements, and the statement reads the listing once instead of twice. The conditions and
 * expressions of both sides are kept above the one scan; pushdown rules then shape it like any
 * other.
 *
 * <p>It runs on the plan as SQL makes it, before the planner, because there both tables are still
 * plain scans directly below the join (under projections and filters at most).
 */
final class ListingJoins extends RelHomogeneousShuttle {
  private ListingJoins() {}

  /** The plan with every such join replaced; other plans come back unchanged. */
  static RelNode merge(RelNode plan) {
    return plan.accept(new ListingJoins());
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode visited = super.visit(other);
    if (visited instanceof LogicalJoin join && join.getJoinType() == JoinRelType.INNER) {
      return merged(join).orElse(visited);
    }
    return visited;
  }

  private static Optional<RelNode> merged(LogicalJoin join) {
    Optional<ScanSide> left = ScanSide.of(join.getLeft());
    Optional<ScanSide> right = ScanSide.of(join.getRight());
    if (left.isEmpty() || right.isEmpty() || !ScanSide.movable(join.getCondition())) {
      return Optional.empty();
    }
    if (!left.get().table().session().pushdown()) {
      return Optional.empty();
    }
    TableSpec leftTable = left.get().table().spec();
    TableSpec rightTable = right.get().table().spec();
    if (rightTable.isChildOf(leftTable)) {
      return merged(join, left.get(), right.get(), true);
    }
    if (leftTable.isChildOf(rightTable)) {
      return merged(join, right.get(), left.get(), false);
    }
    return Optional.empty();
  }

  private static Optional<RelNode> merged(
      LogicalJoin join, ScanSide parent, ScanSide child, boolean parentOnLeft) {
    TableSpec parentSpec = parent.table().spec();
    TableSpec childSpec = child.table().spec();
    RallyUpTable widened = parent.table().withChildRows(child.table());
    RexBuilder rex = join.getCluster().getRexBuilder();
    RelOptTable parentTable = parent.scan().getTable();
    RelOptTable table =
        RelOptTableImpl.create(
            parentTable.getRelOptSchema(),
            qualifiedRowType(join.getCluster().getTypeFactory(), widened, parentSpec),
            widened,
            ImmutableList.of(parentSpec.schema(), parentSpec.name() + " JOIN " + childSpec.name()));
    RallyUpTableScan scan = RallyUpTableScan.of(join.getCluster(), table, widened);
    // the parent's columns keep their positions in the widened table
    ScanSide.OverScan parentRows =
        parent.overScan(rex, scan, IntStream.range(0, parentSpec.columns().size()).toArray());
    ScanSide.OverScan childRows =
        child.overScan(
            rex,
            scan,
            IntStream.range(0, childSpec.columns().size())
                .map(c -> parentSpec.widenedPosition(childSpec, c))
                .toArray());
    ScanSide.OverScan leftRows = parentOnLeft ? parentRows : childRows;
    ScanSide.OverScan rightRows = parentOnLeft ? childRows : parentRows;
    List<RexNode> joinOutput = new ArrayList<>(leftRows.expressions());
    joinOutput.addAll(rightRows.expressions());
    RexNode condition = ScanSide.substitute(join.getCondition(), joinOutput);
    List<RexNode> conditions = new ArrayList<>(leftRows.conditions());
    conditions.addAll(rightRows.conditions());
    if (!keyConditions(rex, parentSpec, scan, condition, conditions)) {
      return Optional.empty();
    }
    RelBuilder builder = RelFactories.LOGICAL_BUILDER.create(join.getCluster(), null);
    RelNode rewritten =
        builder
            .push(scan)
            .filter(conditions)
            .project(joinOutput, join.getRowType().getFieldNames(), true)
            .build();
    return RelOptUtil.areRowTypesEqual(rewritten.getRowType(), join.getRowType(), false)
        ? Optional.of(rewritten)
        : Optional.empty();
  }

  /**
   * Moves the join's condition into {@code conditions}, without the equalities of the parent's key
   * with the child's copy of it: both now read the same field of the same record, so each one only
   * still demands that the key is not null. Returns false when the join does not equate every key
   * column, and then is no parent-child join.
   */
  private static boolean keyConditions(
      RexBuilder rex,
      TableSpec parent,
      RallyUpTableScan scan,
      RexNode condition,
      List<RexNode> conditions) {
    List<RexNode> rest = new ArrayList<>(RelOptUtil.conjunctions(condition));
    for (String key : parent.primaryKey()) {
      int column = parent.columnIndex(key);
      RexInputRef ref = rex.makeInputRef(scan, column);
      if (!rest.removeIf(c -> isSelfEquality(c, column))) {
        return false;
      }
      if (parent.columns().get(column).nullable()) {
        rest.add(rex.makeCall(SqlStdOperatorTable.IS_NOT_NULL, ref));
      }
    }
    conditions.addAll(rest);
    return true;
  }

  private static boolean isSelfEquality(RexNode node, int column) {
    return node.getKind() == SqlKind.EQUALS
        && node instanceof RexCall call
        && call.getOperands().stream()
            .allMatch(o -> o instanceof RexInputRef ref && ref.getIndex() == column);
  }

  /**
   * The widened table's columns named after the table each comes from ({@code
   * donations.campaign_id}, {@code donations_items.name}), so that EXPLAIN tells them apart.
   */
  private static RelDataType qualifiedRowType(
      RelDataTypeFactory types, RallyUpTable widened, TableSpec parent) {
    RelDataTypeFactory.Builder row = types.builder();
    List<RelDataTypeField> fields = widened.getRowType(types).getFieldList();
    for (RelDataTypeField field : fields) {
      String table =
          field.getIndex() < parent.columns().size() ? parent.name() : widened.spec().name();
      row.add(table + "." + field.getName(), field.getType());
    }
    return row.build();
  }
}
