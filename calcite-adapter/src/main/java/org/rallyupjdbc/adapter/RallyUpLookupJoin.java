package org.rallyupjdbc.adapter;

import java.util.Arrays;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A join whose other input supplies the parameter of a RallyUp table: the input runs first, and the
 * table is read once per distinct non-null key ({@link LookupRunner}). It replaces a join with a
 * scan that would otherwise fail for want of the parameter, or fan out over the whole parent
 * listing. Its one input is the other side; the looked-up scan is held, not an input, so no rule
 * shapes it again, with the table columns the join reads from it ({@code columns}).
 */
final class RallyUpLookupJoin extends SingleRel implements EnumerableRel {
  /** Calcite's guess for the share of row pairs an equality keeps, as its joins estimate. */
  private static final double EQUALITY_SELECTIVITY = 0.15;

  private final RallyUpTableScan lookup;
  private final int[] columns;
  private final LookupKey key;
  private final int leftKey;
  private final int rightKey;
  private final JoinRelType joinType;
  private final RelDataType joinRowType;

  RallyUpLookupJoin(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode outer,
      RallyUpTableScan lookup,
      int[] columns,
      LookupKey key,
      int leftKey,
      int rightKey,
      JoinRelType joinType,
      RelDataType joinRowType) {
    super(cluster, traits, outer);
    this.lookup = lookup;
    this.columns = columns.clone();
    this.key = key;
    this.leftKey = leftKey;
    this.rightKey = rightKey;
    this.joinType = joinType;
    this.joinRowType = joinRowType;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RallyUpLookupJoin(
        getCluster(),
        traitSet,
        sole(inputs),
        lookup,
        columns,
        key,
        leftKey,
        rightKey,
        joinType,
        joinRowType);
  }

  @Override
  protected RelDataType deriveRowType() {
    return joinRowType;
  }

  /** Keys expected: the input's distinct key values, when the metadata knows them. */
  private double keys(RelMetadataQuery mq) {
    Double distinct = mq.getDistinctRowCount(getInput(), ImmutableBitSet.of(leftKey), null);
    double rows = mq.getRowCount(getInput());
    return distinct == null ? rows : Math.min(distinct, rows);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double rows = mq.getRowCount(getInput());
    return switch (joinType) {
      case SEMI, ANTI -> Math.max(1, rows / 2);
      // a lookup of a key the table can do without competes with Calcite's joins: estimate as they
      // do
      default ->
          key.required()
              ? Math.max(rows, keys(mq) * 10)
              : rows * lookup.estimateRowCount(mq) * EQUALITY_SELECTIVITY;
    };
  }

  /**
   * One request per key. For a required parameter each is far cheaper than the scan it replaces:
   * that scan fails without the parameter, or lists the whole parent and then every key's rows. For
   * the single-record endpoint's key, or an optional one ({@code donations} by campaign) the scan
   * works, so the lookup is costed as a hash join over that scan would be (its output rows, plus
   * its input's), with the keys' listings in place of the scan: it wins only when they take fewer
   * requests than the scan's pages.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = estimateRowCount(mq);
    if (key.required()) {
      return planner.getCostFactory().makeCost(keys(mq) * 0.1 + rows * 0.01, 0, 0);
    }
    double cost = lookup.keyedReadsCost(key, keys(mq)) + rows;
    return planner.getCostFactory().makeCost(cost, 0, 0);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    boolean digest = pw.getDetailLevel() == SqlExplainLevel.DIGEST_ATTRIBUTES;
    return super.explainTerms(pw)
        .item("table", String.join(".", lookup.getTable().getQualifiedName()))
        .item("joinType", joinType.lowerName)
        .itemIf("columns", Arrays.toString(columns), digest)
        .item("key", "$" + leftKey + " -> " + key.column() + " (" + key.describe() + ")")
        .item("lookup", digest ? lookup.getDigest() : lookup.describeLookup(key, columns))
        .itemIf(
            "predictedRequests",
            "one request (or paged listing) per distinct non-null key of the input",
            !digest);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    EnumerableRel input = (EnumerableRel) getInput();
    Result outer = implementor.visitChild(this, 0, input, Prefer.ARRAY);
    // the other input in Object[] rows (bare values when it has one column), whatever its format
    Expression rows =
        builder.append(
            "outer",
            outer.physType.convertTo(builder.append("in", outer.block), JavaRowFormat.ARRAY));
    PhysType physType =
        PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    LookupRunner runner =
        new LookupRunner(
            lookup.rallyUpTable(),
            key,
            lookup.spec().conjuncts(),
            columns,
            leftKey,
            rightKey,
            joinType);
    Expression stashed = implementor.stash(runner, LookupRunner.class);
    builder.add(
        Expressions.return_(
            null,
            Expressions.call(
                stashed,
                "join",
                Expressions.convert_(rows, Enumerable.class),
                implementor.getRootExpression(),
                Expressions.constant(input.getRowType().getFieldCount() == 1, boolean.class),
                Expressions.constant(getRowType().getFieldCount() == 1, boolean.class))));
    return implementor.result(physType, builder.toBlock());
  }

  /** Whether a join of this type can be run as a lookup. */
  static boolean supports(JoinRelType type) {
    return type == JoinRelType.INNER
        || type == JoinRelType.LEFT
        || type == JoinRelType.SEMI
        || type == JoinRelType.ANTI;
  }

  /** The convention of the node. */
  static RelTraitSet traits(RelOptCluster cluster) {
    return cluster.traitSetOf(EnumerableConvention.INSTANCE);
  }
}
