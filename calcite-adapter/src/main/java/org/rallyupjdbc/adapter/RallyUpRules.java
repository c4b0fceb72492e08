package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.tools.RelBuilderFactory;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * The rules that shape a {@link RallyUpTableScan}. Each one keeps the operators above the scan (a
 * pushed filter stays as a Calcite filter, a pushed LIMIT as a Calcite limit), so a rule only ever
 * saves requests and never decides a result.
 */
final class RallyUpRules {
  /** Prunes the columns a scan decodes to those the query uses. */
  static final RelOptRule PROJECT =
      rule(
          "RallyUpProjectRule",
          b ->
              b.operand(LogicalProject.class)
                  .oneInput(
                      b1 ->
                          b1.operand(RallyUpTableScan.class)
                              .predicate(s -> !s.spec().count())
                              .noInputs()),
          RallyUpRules::pushProject);

  /** Gives a scan the conjuncts its API can use. */
  static final RelOptRule FILTER =
      rule(
          "RallyUpFilterRule",
          b ->
              b.operand(LogicalFilter.class)
                  .oneInput(
                      b1 ->
                          b1.operand(RallyUpTableScan.class)
                              .predicate(s -> s.spec().isPlain())
                              .noInputs()),
          RallyUpRules::pushFilter);

  /** LIMIT directly over a scan. */
  static final RelOptRule LIMIT =
      rule(
          "RallyUpLimitRule",
          b -> limit(b).oneInput(b1 -> scan(b1, false)),
          RallyUpRules::pushLimit);

  /** LIMIT over a filter the API applies exactly. */
  static final RelOptRule LIMIT_OVER_FILTER =
      rule(
          "RallyUpLimitOverFilterRule",
          b ->
              limit(b)
                  .oneInput(b1 -> b1.operand(LogicalFilter.class).oneInput(b2 -> scan(b2, false))),
          RallyUpRules::pushLimit);

  /** LIMIT over a projection of a scan. */
  static final RelOptRule LIMIT_OVER_PROJECT =
      rule(
          "RallyUpLimitOverProjectRule",
          b ->
              limit(b)
                  .oneInput(b1 -> b1.operand(LogicalProject.class).oneInput(b2 -> scan(b2, false))),
          RallyUpRules::pushLimit);

  /** {@code COUNT(*)} of a scan. */
  static final RelOptRule COUNT =
      rule(
          "RallyUpCountRule",
          b -> count(b).oneInput(b1 -> scan(b1, true)),
          RallyUpRules::pushCount);

  /** {@code COUNT(*)} over a projection of a scan. */
  static final RelOptRule COUNT_OVER_PROJECT =
      rule(
          "RallyUpCountOverProjectRule",
          b ->
              count(b)
                  .oneInput(b1 -> b1.operand(LogicalProject.class).oneInput(b2 -> scan(b2, true))),
          RallyUpRules::pushCount);

  /** {@code COUNT(*)} over a filter the API applies exactly. */
  static final RelOptRule COUNT_OVER_FILTER =
      rule(
          "RallyUpCountOverFilterRule",
          b ->
              count(b)
                  .oneInput(b1 -> b1.operand(LogicalFilter.class).oneInput(b2 -> scan(b2, true))),
          RallyUpRules::pushCount);

  /** Every rule, registered by each scan. */
  static final List<RelOptRule> ALL =
      List.of(
          PROJECT,
          FILTER,
          LIMIT,
          LIMIT_OVER_FILTER,
          LIMIT_OVER_PROJECT,
          COUNT,
          COUNT_OVER_PROJECT,
          COUNT_OVER_FILTER,
          LookupJoinRules.LOOKUP_JOIN,
          LookupJoinRules.LOOKUP_JOIN_OVER_PROJECT,
          LookupJoinRules.LOOKUP_JOIN_OVER_FILTER);

  private RallyUpRules() {}

  private static RelRule.OperandDetailBuilder<LogicalSort> limit(RelRule.OperandBuilder b) {
    return b.operand(LogicalSort.class)
        .predicate(s -> s.fetch != null && s.getCollation().getFieldCollations().isEmpty());
  }

  private static RelRule.OperandDetailBuilder<LogicalAggregate> count(RelRule.OperandBuilder b) {
    return b.operand(LogicalAggregate.class).predicate(RallyUpRules::isCountStar);
  }

  private static RelRule.Done scan(RelRule.OperandBuilder b, boolean forCount) {
    return b.operand(RallyUpTableScan.class)
        .predicate(
            s ->
                s.spec().fetch() == null
                    && !s.spec().count()
                    && (!forCount || s.rallyUpTable().spec().childArray().isEmpty()))
        .noInputs();
  }

  private static boolean isCountStar(LogicalAggregate aggregate) {
    if (!aggregate.getGroupSet().isEmpty() || aggregate.getAggCallList().size() != 1) {
      return false;
    }
    AggregateCall call = aggregate.getAggCallList().get(0);
    return call.getAggregation().getKind() == SqlKind.COUNT
        && call.getArgList().isEmpty()
        && !call.isDistinct()
        && call.filterArg < 0;
  }

  private static void pushProject(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    RallyUpTableScan scan = call.rel(1);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    int width = scan.getRowType().getFieldCount();
    if (used.cardinality() == width) {
      return;
    }
    if (used.isEmpty()) {
      used = ImmutableBitSet.of(0);
    }
    List<Integer> columns = new ArrayList<>();
    int[] newIndex = new int[width];
    for (int field : used) {
      newIndex[field] = columns.size();
      columns.add(scan.spec().projection().get(field));
    }
    RallyUpTableScan narrow = scan.with(scan.spec().withProjection(columns), null);
    List<RexNode> projects =
        new RexShuttle() {
          @Override
          public RexNode visitInputRef(RexInputRef ref) {
            return new RexInputRef(newIndex[ref.getIndex()], ref.getType());
          }
        }.apply(project.getProjects());
    call.transformTo(project.copy(project.getTraitSet(), narrow, projects, project.getRowType()));
  }

  private static void pushFilter(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    RallyUpTableScan scan = call.rel(1);
    List<RexNode> conjuncts = overTable(scan, filter.getCondition());
    List<ScanPlanner.Pushed> pushed = scan.rallyUpTable().planner().pushable(conjuncts);
    if (pushed.isEmpty()) {
      return;
    }
    RallyUpTableScan narrowed = scan.with(scan.spec().withPushed(pushed), null);
    call.transformTo(filter.copy(filter.getTraitSet(), narrowed, filter.getCondition()));
  }

  private static void pushLimit(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    RallyUpTableScan scan = call.rel(call.getRelList().size() - 1);
    RelNode middle = call.getRelList().size() == 3 ? call.rel(1) : null;
    if (!scan.rallyUpTable().session().pushdown()) {
      return;
    }
    if (middle instanceof LogicalFilter filter
        && !scan.spec().appliesExactly(overTable(scan, filter.getCondition()))) {
      return;
    }
    RelNode limited = scan.with(scan.spec().withLimit(sort.offset, sort.fetch), null);
    if (middle != null) {
      limited = middle.copy(middle.getTraitSet(), List.of(limited));
    }
    call.transformTo(sort.copy(sort.getTraitSet(), List.of(limited)));
  }

  private static void pushCount(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    RallyUpTableScan scan = call.rel(call.getRelList().size() - 1);
    RelNode middle = call.getRelList().size() == 3 ? call.rel(1) : null;
    List<RexNode> filtered =
        middle instanceof LogicalFilter filter ? overTable(scan, filter.getCondition()) : List.of();
    if (!scan.rallyUpTable().session().pushdown()
        || !scan.spec().appliesExactly(filtered)
        || scan.spec().pushed().size() != filtered.size()) {
      return;
    }
    call.transformTo(scan.with(scan.spec().counting(), aggregate.getRowType()));
  }

  /** The conjuncts of a condition over the scan's output, rewritten over table column ordinals. */
  private static List<RexNode> overTable(RallyUpTableScan scan, RexNode condition) {
    List<Integer> projection = scan.spec().projection();
    RexShuttle toTable =
        new RexShuttle() {
          @Override
          public RexNode visitInputRef(RexInputRef ref) {
            return new RexInputRef(projection.get(ref.getIndex()), ref.getType());
          }
        };
    return toTable.apply(RelOptUtil.conjunctions(condition));
  }

  /** A rule named {@code description} whose match does {@code action}. */
  static RelOptRule rule(
      String description, RelRule.OperandTransform operands, Consumer<RelOptRuleCall> action) {
    return new ActionConfig(
            description, operands, org.apache.calcite.rel.core.RelFactories.LOGICAL_BUILDER, action)
        .toRule();
  }

  /** A rule whose match does {@code action}. */
  private static final class Rule extends RelRule<ActionConfig> {
    Rule(ActionConfig config) {
      super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      config.action().accept(call);
    }
  }

  /** Calcite's rule configuration, written out instead of generated by Immutables. */
  private record ActionConfig(
      String description,
      RelRule.OperandTransform operandSupplier,
      RelBuilderFactory relBuilderFactory,
      Consumer<RelOptRuleCall> action)
      implements RelRule.Config {
    @Override
    public RelOptRule toRule() {
      return new Rule(this);
    }

    @Override
    public RelRule.Config withRelBuilderFactory(RelBuilderFactory factory) {
      return new ActionConfig(description, operandSupplier, factory, action);
    }

    @Override
    public RelRule.Config withDescription(String text) {
      return new ActionConfig(text, operandSupplier, relBuilderFactory, action);
    }

    @Override
    public RelRule.Config withOperandSupplier(RelRule.OperandTransform transform) {
      return new ActionConfig(description, transform, relBuilderFactory, action);
    }
  }
}
