package org.rallyupjdbc.adapter;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableProject;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlExplainLevel;

/**
 * A scan of one RallyUp table carrying the requests it will make ({@link ScanSpec}). Its rules
 * ({@link RallyUpRules}) push projections, the conjuncts the API can use, LIMIT and {@code
 * COUNT(*)} into it; EXPLAIN shows its requests and, when asked for the plan, how many it predicts.
 */
public final class RallyUpTableScan extends TableScan implements EnumerableRel {
  /** The share of a table's rows a condition the API applies exactly is assumed to keep. */
  static final double EXACT_SELECTIVITY = 0.05;

  private static final Pattern ORDINAL = Pattern.compile("\\$(\\d+)");

  private final RallyUpTable rallyUpTable;
  private final ScanSpec spec;
  private final RelDataType countType;
  private final boolean feedsResult;

  RallyUpTableScan(
      RelOptCluster cluster,
      RelOptTable table,
      RallyUpTable rallyUpTable,
      ScanSpec spec,
      RelDataType countType) {
    this(cluster, table, rallyUpTable, spec, countType, false);
  }

  private RallyUpTableScan(
      RelOptCluster cluster,
      RelOptTable table,
      RallyUpTable rallyUpTable,
      ScanSpec spec,
      RelDataType countType,
      boolean feedsResult) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.rallyUpTable = rallyUpTable;
    this.spec = spec;
    this.countType = countType;
    this.feedsResult = feedsResult;
  }

  /** The table's scan before any rule shaped it. */
  static RallyUpTableScan of(RelOptCluster cluster, RelOptTable table, RallyUpTable rallyUpTable) {
    return new RallyUpTableScan(
        cluster, table, rallyUpTable, ScanSpec.all(rallyUpTable.spec().columns().size()), null);
  }

  ScanSpec spec() {
    return spec;
  }

  RallyUpTable rallyUpTable() {
    return rallyUpTable;
  }

  /** This scan with another spec; {@code countType} is the row type of a counting scan. */
  RallyUpTableScan with(ScanSpec newSpec, RelDataType newCountType) {
    return new RallyUpTableScan(getCluster(), getTable(), rallyUpTable, newSpec, newCountType);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public RelDataType deriveRowType() {
    if (spec.count()) {
      return countType;
    }
    List<RelDataTypeField> fields = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    spec.projection().forEach(i -> builder.add(fields.get(i)));
    return builder.build();
  }

  @Override
  public void register(RelOptPlanner planner) {
    RallyUpRules.ALL.forEach(planner::addRule);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return Math.max(1, expectedRows());
  }

  /** Rows expected, unrounded, so that pushing into a one-row scan still lowers its cost. */
  private double expectedRows() {
    if (spec.count()) {
      return 1;
    }
    OptionalInt keys = rallyUpTable.planner().lookupKeys(spec.conjuncts());
    // single-record requests return one record per key at most
    double rows = keys.isPresent() ? keys.getAsInt() : rallyUpTable.estimatedRows();
    for (ScanPlanner.Pushed pushed :
        keys.isPresent() ? List.<ScanPlanner.Pushed>of() : spec.pushed()) {
      rows *= pushed.exact() ? EXACT_SELECTIVITY : 0.2;
    }
    long limit = spec.rows(null);
    return limit >= 0 ? Math.min(rows, limit) : rows;
  }

  /**
   * The row count scaled by the share of columns decoded, so that narrower and more selective scans
   * cost less and the planner picks them.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = expectedRows() * columnShare() * unboundFactor();
    return planner.getCostFactory().makeCost(rows, rows, 0);
  }

  /**
   * What reading the rows of {@code keys} values of a key that is not required costs: one request
   * per key plus the pages of the rows they hold, each request costing a page of this scan's
   * decoded columns (the units of {@link #computeSelfCost}), plus one per fetched row, as a join
   * charges for reading its input.
   */
  double keyedReadsCost(LookupKey key, double keys) {
    double rows = expectedRows();
    double fetched = Math.min(rows, keys * key.rowsPerKey(rows));
    int pageSize = rallyUpTable.planner().pageSize();
    double requests = keys + fetched / pageSize;
    return requests * Math.min(pageSize, rows) * columnShare() + fetched;
  }

  /** What decoding one row of this scan costs: the share of the table's columns it reads. */
  double columnShare() {
    double columns = rallyUpTable.spec().columns().size();
    return (spec.projection().size() + 2) / (columns + 2);
  }

  /**
   * How much an open required parameter multiplies the cost: a fan-out also lists the parent and
   * makes a request per value, and a scan without any source fails, so any join that supplies the
   * value wins. Large but finite, so that a plan remains and its execution gives the message.
   */
  private double unboundFactor() {
    ScanPlanner planner = rallyUpTable.planner();
    if (planner.unsupplied(spec.conjuncts()).isEmpty()) {
      return 1;
    }
    return planner.fanOut(spec.conjuncts()).isPresent() ? 10 : 1e9;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    boolean digest = pw.getDetailLevel() == SqlExplainLevel.DIGEST_ATTRIBUTES;
    RelWriter writer =
        super.explainTerms(pw)
            .item("request", rallyUpTable.describe(spec))
            .itemIf(
                "columns",
                columnNames(),
                spec.projection().size() < table.getRowType().getFieldCount())
            .itemIf("pushed", describePushed(), !spec.pushed().isEmpty())
            .itemIf("offset", spec.offset(), spec.offset() != null)
            .itemIf("fetch", spec.fetch(), spec.fetch() != null)
            .itemIf("count", true, spec.count());
    // Predicting may fetch one count probe, so it belongs in EXPLAIN, never in the planner's
    // digest.
    return writer.itemIf("predictedRequests", digest ? "" : rallyUpTable.predict(spec), !digest);
  }

  /** The requests of one key of a lookup join, as EXPLAIN shows them. */
  String describeLookup(LookupKey key, int[] columns) {
    List<Integer> read = Arrays.stream(columns).boxed().toList();
    return ParameterExplain.describeLookup(rallyUpTable, spec, key)
        + ", columns "
        + columnNames(read);
  }

  private String columnNames() {
    return columnNames(spec.projection());
  }

  private String columnNames(List<Integer> columns) {
    List<RelDataTypeField> fields = table.getRowType().getFieldList();
    return columns.stream().map(i -> fields.get(i).getName()).collect(Collectors.joining(", "));
  }

  /** The pushed conjuncts with column names in place of Calcite's {@code $n} ordinals. */
  private String describePushed() {
    List<RelDataTypeField> fields = table.getRowType().getFieldList();
    return spec.pushed().stream()
        .map(
            p ->
                ORDINAL
                        .matcher(p.conjunct().toString())
                        .replaceAll(m -> fields.get(Integer.parseInt(m.group(1))).getName())
                    + (p.exact() ? " (exact)" : " (re-checked)"))
        .collect(Collectors.joining(", "));
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType =
        PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    ScanRunner runner =
        new ScanRunner(rallyUpTable, spec, getRowType().getFieldCount() == 1, feedsResult);
    Expression stashed = implementor.stash(runner, ScanRunner.class);
    return implementor.result(
        physType,
        Blocks.toBlock(Expressions.call(stashed, "run", implementor.getRootExpression())));
  }

  /**
   * The plan with the scan whose rows are the statement's result rows one for one (under
   * projections only) replaced by a copy that knows it, so that {@code Statement.setMaxRows} can
   * stop its paging: Calcite applies maxRows above the plan, where a scan cannot see it. Other
   * plans come back unchanged; no node is modified.
   */
  static RelRoot markResultScan(RelRoot root) {
    RelNode marked = marked(root.rel);
    return marked == root.rel ? root : root.withRel(marked);
  }

  private static RelNode marked(RelNode node) {
    if (node instanceof RallyUpTableScan scan) {
      return new RallyUpTableScan(
          scan.getCluster(), scan.getTable(), scan.rallyUpTable, scan.spec, scan.countType, true);
    }
    boolean passThrough =
        node instanceof EnumerableProject
            || (node instanceof EnumerableCalc calc && calc.getProgram().getCondition() == null);
    if (!passThrough) {
      return node;
    }
    RelNode input = marked(node.getInput(0));
    return input == node.getInput(0) ? node : node.copy(node.getTraitSet(), List.of(input));
  }
}
