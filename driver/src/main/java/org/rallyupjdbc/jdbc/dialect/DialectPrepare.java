package org.rallyupjdbc.jdbc.dialect;

import java.lang.reflect.Type;
import java.util.function.UnaryOperator;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalcitePrepare.Query;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.rallyupjdbc.adapter.RallyUpPrepare;

/**
 * Calcite's prepare with the dialect's operators in the validator's operator table, its rewrites in
 * the validator ({@link DialectValidator}) and its conversions in the convertlet table ({@link
 * DialectConvertlets}). These are the extension points Calcite documents for drivers built on it;
 * the adapter's {@link RallyUpPrepare} adds the mark on the scan feeding the result rows.
 */
public final class DialectPrepare extends RallyUpPrepare {
  private final DialectConvertlets convertlets;

  /**
   * @param version the driver's version, which {@code VERSION()} reports
   */
  public DialectPrepare(String version) {
    this.convertlets = new DialectConvertlets("RallyUp JDBC Driver " + version);
  }

  /**
   * The operator table a connection with {@code config} validates against: its function libraries,
   * then the dialect's additions, then {@code catalogReader}'s schema functions.
   */
  public static SqlOperatorTable operatorTable(
      CalciteConnectionConfig config, SqlOperatorTable catalogReader) {
    SqlOperatorTable libraries = config.fun(SqlOperatorTable.class, SqlStdOperatorTable.instance());
    return SqlOperatorTables.chain(libraries, DialectOperators.TABLE, catalogReader);
  }

  /**
   * Prepares as Calcite does, but a failure with a known cause in another dialect's habits comes
   * back explained ({@link DialectHints}), and an assertion of Calcite's own (which a JDBC method
   * must never throw) comes back as a 0A000 naming it.
   */
  @Override
  public <T> CalciteSignature<T> prepareSql(
      CalcitePrepare.Context context, Query<T> query, Type elementType, long maxRowCount) {
    try {
      return super.prepareSql(context, query, elementType, maxRowCount);
    } catch (RuntimeException e) {
      throw DialectHints.explain(query.sql, e);
    } catch (AssertionError e) {
      throw new DialectException(
          "0A000",
          "The driver cannot plan this statement (Calcite: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + ")",
          e);
    }
  }

  @Override
  protected SqlRexConvertletTable createConvertletTable() {
    return convertlets;
  }

  @Override
  protected SqlValidator createSqlValidator(
      CalcitePrepare.Context context,
      Prepare.CatalogReader reader,
      UnaryOperator<SqlValidator.Config> configTransform) {
    CalciteConnectionConfig config = context.config();
    SqlValidator.Config validatorConfig =
        configTransform.apply(
            SqlValidator.Config.DEFAULT
                .withLenientOperatorLookup(config.lenientOperatorLookup())
                .withConformance(config.conformance())
                .withDefaultNullCollation(config.defaultNullCollation())
                .withIdentifierExpansion(true));
    return new DialectValidator(
        operatorTable(config, reader), reader, context.getTypeFactory(), validatorConfig);
  }
}
