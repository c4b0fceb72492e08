package org.rallyupjdbc.adapter;

import static org.apache.calcite.plan.RelOptRule.convert;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexUtil;

/**
 * The rules that turn a join supplying a RallyUp table's parameter or key into a {@link
 * RallyUpLookupJoin}: the table as the join's right input, directly or under a projection of its
 * columns, or under conditions (inner joins only).
 */
final class LookupJoinRules {
  /**
   * A join that equates a RallyUp table's open parameter with a column of the other input becomes a
   * lookup: the other input's keys fill the parameter ({@link RallyUpLookupJoin}). Calcite offers
   * both orders of an inner join and turns IN and EXISTS into joins, so matching the table as the
   * right input covers them.
   */
  static final RelOptRule LOOKUP_JOIN =
      RallyUpRules.rule(
          "RallyUpLookupJoinRule",
          b -> lookupJoin(b, LookupJoinRules::lookupScan),
          LookupJoinRules::lookupJoin);

  /** The same, with a projection of the table's columns between the join and the scan. */
  static final RelOptRule LOOKUP_JOIN_OVER_PROJECT =
      RallyUpRules.rule(
          "RallyUpLookupJoinOverProjectRule",
          b ->
              lookupJoin(
                  b,
                  b2 ->
                      b2.operand(LogicalProject.class)
                          .predicate(
                              p -> p.getProjects().stream().allMatch(e -> e instanceof RexInputRef))
                          .oneInput(LookupJoinRules::lookupScan)),
          LookupJoinRules::lookupJoin);

  /**
   * The same, with conditions on the table between an inner join and the scan: they are checked
   * above the lookup, on the joined rows.
   */
  static final RelOptRule LOOKUP_JOIN_OVER_FILTER =
      RallyUpRules.rule(
          "RallyUpLookupJoinOverFilterRule",
          b ->
              lookupJoin(
                  b, b2 -> b2.operand(LogicalFilter.class).oneInput(LookupJoinRules::lookupScan)),
          LookupJoinRules::lookupJoin);

  private LookupJoinRules() {}

  /** A join of a supported type whose right input matches {@code right}. */
  private static RelRule.Done lookupJoin(RelRule.OperandBuilder b, RelRule.OperandTransform right) {
    return b.operand(LogicalJoin.class)
        .predicate(j -> RallyUpLookupJoin.supports(j.getJoinType()))
        .inputs(b1 -> b1.operand(RelNode.class).anyInputs(), right);
  }

  private static RelRule.Done lookupScan(RelRule.OperandBuilder b) {
    return b.operand(RallyUpTableScan.class)
        .predicate(s -> !s.spec().count() && s.spec().fetch() == null)
        .noInputs();
  }

  private static void lookupJoin(RelOptRuleCall call) {
    LogicalJoin join = call.rel(0);
    RallyUpTableScan scan = call.rel(call.getRelList().size() - 1);
    List<Integer> columns = scan.spec().projection();
    RelNode middle = call.getRelList().size() == 4 ? call.rel(2) : null;
    if (middle instanceof LogicalProject project) {
      columns =
          project.getProjects().stream()
              .map(e -> scan.spec().projection().get(((RexInputRef) e).getIndex()))
              .toList();
    }
    // a condition on the looked-up rows can move above an inner join only
    if (middle instanceof LogicalFilter && join.getJoinType() != JoinRelType.INNER) {
      return;
    }
    JoinInfo info =
        JoinInfo.createWithStrictEquality(join.getLeft(), join.getRight(), join.getCondition());
    // one plain equality: anything else stays with Calcite's own joins (and the fan-out)
    if (info.pairs().size() != 1 || !info.nonEquiConditions.isEmpty()) {
      return;
    }
    int leftKey = info.leftKeys.get(0);
    int rightKey = info.rightKeys.get(0);
    int column = columns.get(rightKey);
    int[] tableColumns = columns.stream().mapToInt(Integer::intValue).toArray();
    scan.rallyUpTable()
        .planner()
        .openKey(scan.spec().conjuncts(), column)
        .ifPresent(
            key -> {
              RelNode outer =
                  convert(
                      join.getLeft(),
                      join.getLeft().getTraitSet().replace(EnumerableConvention.INSTANCE));
              RelNode lookup =
                  new RallyUpLookupJoin(
                      join.getCluster(),
                      RallyUpLookupJoin.traits(join.getCluster()),
                      outer,
                      scan,
                      tableColumns,
                      key,
                      leftKey,
                      rightKey,
                      join.getJoinType(),
                      join.getRowType());
              if (middle instanceof LogicalFilter filter) {
                int shift = join.getLeft().getRowType().getFieldCount();
                lookup =
                    call.builder()
                        .push(lookup)
                        .filter(RexUtil.shift(filter.getCondition(), shift))
                        .build();
              }
              call.transformTo(lookup);
            });
  }
}
