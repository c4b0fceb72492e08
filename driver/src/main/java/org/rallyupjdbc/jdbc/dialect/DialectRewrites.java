package org.rallyupjdbc.jdbc.dialect;

import java.util.List;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Rewrites, before validation, the calls whose meaning is another call Calcite can execute. Each
 * rule is keyed by the operator the parser or the validator's first resolution put in the call:
 *
 * <ul>
 *   <li>{@code DATEADD(unit, n, t)} is {@code TIMESTAMPADD(unit, n, t)}.
 *   <li>{@code DATEDIFF(unit, a, b)} counts unit boundaries crossed, as SQL Server, Snowflake and
 *       H2 do, so it is {@code TIMESTAMPDIFF} of both ends floored to the unit; a bare
 *       TIMESTAMPDIFF counts whole units elapsed.
 *   <li>Unnamed select items get PostgreSQL's names ({@link ColumnNames}).
 *   <li>Casts bind and name types as in PostgreSQL ({@link CastRewrites}).
 *   <li>{@code BTRIM(s, chars)}, {@code LTRIM(s, chars)}, {@code RTRIM(s, chars)} are TRIM.
 *   <li>{@code MODE() WITHIN GROUP (ORDER BY x)} is {@code MODE(x)}.
 *   <li>{@code TRUNC(x [, n])} is the standard {@code TRUNCATE(x [, n])}.
 *   <li>{@code MEDIAN(x)} is {@code PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x)}.
 *   <li>{@code PERCENTILE_CONT/DISC(f) WITHIN GROUP (ORDER BY x)} calls the user-defined aggregate
 *       of {@link OrderedSetAggregates} with {@code (x, f)} in double precision; a descending order
 *       negates x and the result.
 * </ul>
 */
final class DialectRewrites {
  private DialectRewrites() {}

  static SqlNode rewrite(SqlNode node) {
    if (node instanceof SqlSelect select) {
      ColumnNames.name(select);
      return select;
    }
    if (!(node instanceof SqlCall call)) {
      return node;
    }
    SqlOperator operator = call.getOperator();
    if (operator == SqlLibraryOperators.DATEADD) {
      return SqlStdOperatorTable.TIMESTAMP_ADD.createCall(
          call.getParserPosition(), call.getOperandList());
    }
    if (operator == DialectOperators.TRUNC) {
      return SqlStdOperatorTable.TRUNCATE.createCall(
          call.getParserPosition(), call.getOperandList());
    }
    if (operator == SqlLibraryOperators.DATEDIFF) {
      return dateDiff(call);
    }
    if (operator == DialectOperators.MEDIAN) {
      return percentile(
          DialectOperators.PERCENTILE_CONT_DOUBLE,
          call.operand(0),
          false,
          SqlLiteral.createExactNumeric("0.5", call.getParserPosition()),
          call.getParserPosition());
    }
    if (call.getKind() == SqlKind.WITHIN_GROUP) {
      return withinGroup(call);
    }
    if (call.getKind() == SqlKind.CAST && call.operandCount() == 2) {
      return CastRewrites.rewrite(call);
    }
    SqlNode regrouped = CastRewrites.regroup(call);
    if (regrouped != call) {
      return regrouped;
    }
    if (operator == DialectOperators.BTRIM) {
      return trim(SqlTrimFunction.Flag.BOTH, call);
    }
    if (operator == SqlLibraryOperators.LTRIM && call.operandCount() == 2) {
      return trim(SqlTrimFunction.Flag.LEADING, call);
    }
    if (operator == SqlLibraryOperators.RTRIM && call.operandCount() == 2) {
      return trim(SqlTrimFunction.Flag.TRAILING, call);
    }
    return node;
  }

  /** PostgreSQL's {@code BTRIM/LTRIM/RTRIM(s [, characters])}: the standard TRIM. */
  private static SqlNode trim(SqlTrimFunction.Flag side, SqlCall call) {
    SqlParserPos pos = call.getParserPosition();
    SqlNode characters =
        call.operandCount() > 1 ? call.operand(1) : SqlLiteral.createCharString(" ", pos);
    return SqlStdOperatorTable.TRIM.createCall(pos, side.symbol(pos), characters, call.operand(0));
  }

  private static SqlNode dateDiff(SqlCall call) {
    SqlParserPos pos = call.getParserPosition();
    SqlNode unit = call.operand(0);
    return SqlStdOperatorTable.TIMESTAMP_DIFF.createCall(
        pos,
        unit,
        SqlStdOperatorTable.FLOOR.createCall(pos, call.operand(1), unit),
        SqlStdOperatorTable.FLOOR.createCall(pos, call.operand(2), unit));
  }

  private static SqlNode withinGroup(SqlCall call) {
    SqlCall aggregate = call.operand(0);
    SqlOperator target =
        switch (aggregate.getKind()) {
          case PERCENTILE_CONT -> DialectOperators.PERCENTILE_CONT_DOUBLE;
          case PERCENTILE_DISC -> DialectOperators.PERCENTILE_DISC_DOUBLE;
          default -> null;
        };
    SqlNodeList order = call.operand(1);
    if (aggregate.getKind() == SqlKind.MODE && aggregate.operandCount() == 0 && order.size() == 1) {
      // PostgreSQL's MODE() WITHIN GROUP (ORDER BY x) is Calcite's MODE(x)
      return SqlStdOperatorTable.MODE.createCall(
          call.getParserPosition(), unwrapOrdering(order.get(0)));
    }
    if (target == null) {
      return call; // LISTAGG, STRING_AGG, ARRAY_AGG ... WITHIN GROUP run as Calcite has them
    }
    if (order.size() != 1 || aggregate.operandCount() != 1) {
      throw new DialectException(
          "42000",
          aggregate.getOperator().getName()
              + " takes one fraction and WITHIN GROUP (ORDER BY one expression), for example"
              + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)");
    }
    SqlNode key = order.get(0);
    boolean descending = key.getKind() == SqlKind.DESCENDING;
    if (descending || key.getKind() == SqlKind.NULLS_FIRST || key.getKind() == SqlKind.NULLS_LAST) {
      // NULLS FIRST/LAST cannot change a result that ignores NULLs
      key = unwrapOrdering(key);
    }
    return percentile(target, key, descending, aggregate.operand(0), call.getParserPosition());
  }

  private static SqlNode unwrapOrdering(SqlNode key) {
    SqlNode inner = key;
    while (inner instanceof SqlCall ordering
        && List.of(SqlKind.DESCENDING, SqlKind.NULLS_FIRST, SqlKind.NULLS_LAST)
            .contains(ordering.getKind())) {
      inner = ordering.operand(0);
    }
    return inner;
  }

  private static SqlNode percentile(
      SqlOperator target, SqlNode value, boolean negate, SqlNode fraction, SqlParserPos pos) {
    // An explicit cast: Calcite's implicit one would turn a DECIMAL into code that does not
    // compile. Text is cast too, and a value that is not a number fails with 22018.
    SqlNode asDouble = toDouble(value, pos);
    if (negate) {
      asDouble = SqlStdOperatorTable.UNARY_MINUS.createCall(pos, asDouble);
    }
    SqlNode result = target.createCall(pos, asDouble, toDouble(fraction, pos));
    return negate ? SqlStdOperatorTable.UNARY_MINUS.createCall(pos, result) : result;
  }

  private static SqlNode toDouble(SqlNode value, SqlParserPos pos) {
    return SqlStdOperatorTable.CAST.createCall(
        pos, value, new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.DOUBLE, pos), pos));
  }
}
