package org.rallyupjdbc.jdbc.dialect;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlBasicFunction;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeTransforms;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlUserDefinedAggFunction;
import org.apache.calcite.util.Optionality;

/**
 * The operators the dialect adds to Calcite's standard and PostgreSQL libraries. Where a library of
 * another dialect already defines one with the meaning we want ({@code IFNULL}, {@code NVL}, {@code
 * DATEADD}, {@code DATEDIFF}) that single operator is borrowed, not its whole library, which would
 * change other functions' meaning. The rest are written here because no Calcite 1.42 library has
 * them in PostgreSQL's form; each is turned into operators Calcite can execute either before
 * validation ({@link DialectRewrites}) or when converted to relational algebra ({@link
 * DialectConvertlets}), so none needs generated code of its own.
 */
final class DialectOperators {
  /** PostgreSQL's {@code DATE_TRUNC('unit', datetime)}; Calcite has only BigQuery's order. */
  static final SqlFunction DATE_TRUNC =
      SqlBasicFunction.create(
          "DATE_TRUNC",
          ReturnTypes.ARG1_NULLABLE,
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.DATETIME),
          SqlFunctionCategory.TIMEDATE);

  /** PostgreSQL's {@code NOW()}: the statement's {@code CURRENT_TIMESTAMP}. */
  static final SqlFunction NOW =
      SqlBasicFunction.create(
              "NOW",
              ReturnTypes.explicit(SqlTypeName.TIMESTAMP),
              OperandTypes.NILADIC,
              SqlFunctionCategory.TIMEDATE)
          .withDynamic(true);

  /** {@code VERSION()}: the driver's name and version, for tools that probe the server. */
  static final SqlFunction VERSION =
      SqlBasicFunction.create(
          "VERSION",
          ReturnTypes.explicit(SqlTypeName.VARCHAR),
          OperandTypes.NILADIC,
          SqlFunctionCategory.SYSTEM);

  /** PostgreSQL's {@code TRUNC(x [, digits])}: the standard {@code TRUNCATE}, renamed. */
  static final SqlFunction TRUNC =
      SqlBasicFunction.create(
          "TRUNC",
          ReturnTypes.ARG0_NULLABLE,
          OperandTypes.NUMERIC.or(OperandTypes.NUMERIC_INTEGER),
          SqlFunctionCategory.NUMERIC);

  /** PostgreSQL's {@code BTRIM(s [, characters])}: TRIM(BOTH ...). */
  static final SqlFunction BTRIM =
      SqlBasicFunction.create(
          "BTRIM",
          ReturnTypes.ARG0_NULLABLE_VARYING,
          OperandTypes.STRING.or(OperandTypes.STRING_STRING),
          SqlFunctionCategory.STRING);

  /** {@code MEDIAN(x)} (Oracle, Snowflake, H2): rewritten to {@code PERCENTILE_CONT(0.5)}. */
  static final SqlAggFunction MEDIAN =
      new SqlAggFunction(
          "MEDIAN",
          null,
          SqlKind.OTHER_FUNCTION,
          ReturnTypes.DOUBLE_NULLABLE,
          null,
          OperandTypes.NUMERIC,
          SqlFunctionCategory.NUMERIC,
          false,
          false,
          Optionality.FORBIDDEN) {};

  /** What {@code PERCENTILE_CONT(f) WITHIN GROUP (ORDER BY x)} becomes: (x, f) over DOUBLE. */
  static final SqlAggFunction PERCENTILE_CONT_DOUBLE =
      aggregate("RALLYUP$PERCENTILE_CONT", OrderedSetAggregates.Cont.class);

  /** What {@code PERCENTILE_DISC(f) WITHIN GROUP (ORDER BY x)} becomes. */
  static final SqlAggFunction PERCENTILE_DISC_DOUBLE =
      aggregate("RALLYUP$PERCENTILE_DISC", OrderedSetAggregates.Disc.class);

  /** Everything above plus the borrowed operators, in the order they are looked up. */
  static final List<SqlOperator> ALL =
      List.of(
          DATE_TRUNC,
          NOW,
          VERSION,
          TRUNC,
          BTRIM,
          MEDIAN,
          PERCENTILE_CONT_DOUBLE,
          PERCENTILE_DISC_DOUBLE,
          SqlLibraryOperators.IFNULL,
          SqlLibraryOperators.NVL,
          SqlLibraryOperators.DATEADD,
          SqlLibraryOperators.DATEDIFF,
          SqlLibraryOperators.REVERSE,
          SqlLibraryOperators.REGEXP_SUBSTR,
          SqlLibraryOperators.ARRAY_TO_STRING);

  static final SqlOperatorTable TABLE = SqlOperatorTables.of(ALL);

  private DialectOperators() {}

  /** Whether users may call {@code operator} by name (the internal aggregates they may not). */
  static boolean isInternal(SqlOperator operator) {
    return operator == PERCENTILE_CONT_DOUBLE || operator == PERCENTILE_DISC_DOUBLE;
  }

  private static RelDataType doubleType(RelDataTypeFactory types) {
    return types.createSqlType(SqlTypeName.DOUBLE);
  }

  private static SqlAggFunction aggregate(String name, Class<?> body) {
    AggregateFunctionImpl function = AggregateFunctionImpl.create(body);
    if (function == null) {
      throw new IllegalStateException(body + " is not a user-defined aggregate");
    }
    return new SqlUserDefinedAggFunction(
        new SqlIdentifier(name, SqlParserPos.ZERO),
        SqlKind.OTHER_FUNCTION,
        // NULL for a group without values, whatever the argument's nullability
        ReturnTypes.DOUBLE.andThen(SqlTypeTransforms.FORCE_NULLABLE),
        InferTypes.FIRST_KNOWN,
        OperandTypes.operandMetadata(
            List.of(SqlTypeFamily.NUMERIC, SqlTypeFamily.NUMERIC),
            types -> List.of(doubleType(types), doubleType(types)),
            i -> i == 0 ? "value" : "fraction",
            i -> false),
        function,
        false,
        false,
        Optionality.FORBIDDEN);
  }
}
