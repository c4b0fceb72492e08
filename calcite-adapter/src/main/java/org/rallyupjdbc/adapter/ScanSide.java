package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;

/**
 * One input of a join as {@link ListingJoins} sees it: a plain RallyUp scan under filters and
 * projections, flattened into the expressions of its output and the conditions its rows passed,
 * both over the scan's columns, so that they can be evaluated over another scan of the same
 * records.
 *
 * @param scan the scan at the bottom, with every table column in table order
 * @param expressions the input's output fields, over the scan's columns
 * @param conditions the conditions of the filters on the way, over the scan's columns
 */
record ScanSide(RallyUpTableScan scan, List<RexNode> expressions, List<RexNode> conditions) {

  /** The expressions and conditions of a side moved over the widened scan. */
  record OverScan(List<RexNode> expressions, List<RexNode> conditions) {}

  RallyUpTable table() {
    return scan.rallyUpTable();
  }

  /**
   * The side of {@code input}, if it is a plain scan under projections and filters whose
   * expressions can be evaluated anywhere above it: deterministic, without windows or sub-queries.
   */
  static Optional<ScanSide> of(RelNode input) {
    if (input instanceof RallyUpTableScan scan) {
      return isWhole(scan)
          ? Optional.of(new ScanSide(scan, identity(scan), List.of()))
          : Optional.empty();
    }
    if (input instanceof LogicalFilter filter) {
      return of(filter.getInput())
          .filter(side -> movable(filter.getCondition()))
          .map(
              side -> {
                List<RexNode> conditions = new ArrayList<>(side.conditions);
                conditions.add(substitute(filter.getCondition(), side.expressions));
                return new ScanSide(side.scan, side.expressions, conditions);
              });
    }
    if (input instanceof LogicalProject project) {
      return of(project.getInput())
          .filter(side -> project.getProjects().stream().allMatch(ScanSide::movable))
          .map(
              side ->
                  new ScanSide(
                      side.scan,
                      project.getProjects().stream()
                          .map(e -> substitute(e, side.expressions))
                          .toList(),
                      side.conditions));
    }
    return Optional.empty();
  }

  private static List<RexNode> identity(RallyUpTableScan scan) {
    return scan.getCluster().getRexBuilder().identityProjects(scan.getRowType());
  }

  /** Whether the scan is as the table made it: every column, nothing pushed. */
  private static boolean isWhole(RallyUpTableScan scan) {
    int columns = scan.rallyUpTable().spec().columns().size();
    return scan.spec().equals(ScanSpec.all(columns));
  }

  static boolean movable(RexNode node) {
    return RexUtil.isDeterministic(node)
        && !RexOver.containsOver(node)
        && RexUtil.SubQueryFinder.find(node) == null;
  }

  /** {@code node} with each input reference {@code $i} replaced by {@code inputs.get(i)}. */
  static RexNode substitute(RexNode node, List<RexNode> inputs) {
    return node.accept(
        new RexShuttle() {
          @Override
          public RexNode visitInputRef(RexInputRef ref) {
            return inputs.get(ref.getIndex());
          }
        });
  }

  /**
   * This side over {@code widened}, where the scan's column {@code c} is column {@code columns[c]}.
   */
  OverScan overScan(RexBuilder rex, RallyUpTableScan widened, int[] columns) {
    List<RexNode> moved = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      moved.add(rex.makeInputRef(widened, columns[c]));
    }
    return new OverScan(
        expressions.stream().map(e -> substitute(e, moved)).toList(),
        conditions.stream().map(e -> substitute(e, moved)).toList());
  }
}
