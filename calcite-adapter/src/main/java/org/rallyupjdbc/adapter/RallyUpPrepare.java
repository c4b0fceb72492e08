package org.rallyupjdbc.adapter;

import java.lang.reflect.Type;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rex.RexBuilder;

/**
 * Calcite's preparation with one step added before a plan is turned into code: the scan feeding the
 * result rows is marked ({@link RallyUpTableScan#markResultScan}). This runs once per prepare, on
 * the plan being prepared, so a plan reused by later executions keeps its mark and no hook bound to
 * the preparing thread is needed.
 */
public class RallyUpPrepare extends CalcitePrepareImpl {
  @Override
  protected CalcitePreparingStmt getPreparingStmt(
      CalcitePrepare.Context context,
      Type elementType,
      CalciteCatalogReader catalogReader,
      RelOptPlanner planner) {
    EnumerableRel.Prefer prefer =
        elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    return new CalcitePreparingStmt(
        this,
        context,
        catalogReader,
        context.getTypeFactory(),
        context.getRootSchema(),
        prefer,
        createCluster(planner, new RexBuilder(context.getTypeFactory())),
        EnumerableConvention.INSTANCE,
        createConvertletTable()) {
      @Override
      protected Prepare.PreparedResult implement(RelRoot root) {
        return super.implement(markResultScan(root));
      }
    };
  }

  /**
   * The plan with the scan feeding the result rows marked, for a preparing statement's {@code
   * implement}; other plans unchanged. Public for preparations that build their own preparing
   * statement (the driver's SQL dialect): they must call it too, or {@code setMaxRows} no longer
   * shortens the scan's paging.
   */
  public static RelRoot markResultScan(RelRoot root) {
    return RallyUpTableScan.markResultScan(root);
  }
}
