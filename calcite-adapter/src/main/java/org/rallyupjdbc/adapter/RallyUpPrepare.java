package org.rallyupjdbc.adapter;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Calcite's preparation with two steps added: before planning, joins of a table with its child
 * table become one scan ({@link ListingJoins}); before a plan is turned into code, the scan feeding
 * the result rows is marked ({@link RallyUpTableScan#markResultScan}). This runs once per prepare,
 * on the plan being prepared, so a plan reused by later executions keeps its mark and no hook bound
 * to the preparing thread is needed. A subclass may validate with a validator of its own ({@link
 * #createSqlValidator}), as the driver's SQL dialect does.
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
      protected RelRoot optimize(
          RelRoot root,
          List<Prepare.Materialization> materializations,
          List<CalciteSchema.LatticeEntry> lattices) {
        return super.optimize(
            root.withRel(ListingJoins.merge(root.rel)), materializations, lattices);
      }

      @Override
      protected Prepare.PreparedResult implement(RelRoot root) {
        return super.implement(RallyUpTableScan.markResultScan(root));
      }

      @Override
      protected SqlValidator createSqlValidator(
          Prepare.CatalogReader reader, UnaryOperator<SqlValidator.Config> configTransform) {
        SqlValidator own = RallyUpPrepare.this.createSqlValidator(context, reader, configTransform);
        return own != null ? own : super.createSqlValidator(reader, configTransform);
      }
    };
  }

  /**
   * The validator for a statement prepared in {@code context}, or null for Calcite's own. Calcite's
   * {@code CalcitePreparingStmt} calls it with the configuration change it wants applied.
   */
  protected SqlValidator createSqlValidator(
      CalcitePrepare.Context context,
      Prepare.CatalogReader reader,
      UnaryOperator<SqlValidator.Config> configTransform) {
    return null;
  }
}
