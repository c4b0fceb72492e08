package org.rallyupjdbc.jdbc.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlPostfixOperator;
import org.apache.calcite.sql.SqlPrefixOperator;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Casts as PostgreSQL reads them.
 *
 * <ul>
 *   <li>{@code ::} binds tighter than any infix or prefix operator: {@code x < '2024-01-01'::date}
 *       casts the literal. Calcite's Babel parser casts everything to its left ({@code (x <
 *       '2024-01-01')::date}), so the cast is moved onto the last operand of each operator that was
 *       not written in parentheses, and the operators around it are regrouped.
 *   <li>PostgreSQL's type names {@code text}, {@code int2/4/8}, {@code bool}, {@code float4/8} are
 *       the standard types they stand for.
 *   <li>{@code numeric} and {@code decimal} without a precision keep decimals, as PostgreSQL's
 *       unconstrained numeric does, instead of the standard's scale 0: they are {@code DECIMAL(19,
 *       6)}, 19 digits being Calcite's largest DECIMAL.
 * </ul>
 */
final class CastRewrites {
  static final int UNCONSTRAINED_DECIMAL_SCALE = 6;

  private static final Map<String, SqlTypeName> POSTGRES_NAMES =
      Map.of(
          "TEXT", SqlTypeName.VARCHAR,
          "INT2", SqlTypeName.SMALLINT,
          "INT4", SqlTypeName.INTEGER,
          "INT8", SqlTypeName.BIGINT,
          "BOOL", SqlTypeName.BOOLEAN,
          "FLOAT4", SqlTypeName.REAL,
          "FLOAT8", SqlTypeName.DOUBLE);

  private CastRewrites() {}

  /** {@code call} is a CAST or {@code ::}: the same cast, bound and typed as PostgreSQL does. */
  static SqlNode rewrite(SqlCall call) {
    SqlNode value = call.operand(0);
    SqlNode type =
        call.operand(1) instanceof SqlDataTypeSpec spec ? postgresType(spec) : call.operand(1);
    if (call.getOperator() == SqlLibraryOperators.INFIX_CAST) {
      return bindTightly(value, type);
    }
    return SqlStdOperatorTable.CAST.createCall(call.getParserPosition(), value, type);
  }

  /**
   * An operator call whose operands hold a {@code ::} cast, rebuilt with the parser's own
   * precedence rules ({@link SqlParserUtil#toTree}) now that each cast is bound to its operand: the
   * parser built the operators around the misplaced cast, so the tree above it is wrong too. Other
   * calls come back unchanged.
   */
  static SqlNode regroup(SqlCall call) {
    if (!isUnparenthesisedOperator(call)) {
      return call;
    }
    List<Object> flat = new ArrayList<>();
    flatten(call, flat);
    boolean holdsCast =
        flat.stream()
            .anyMatch(
                item ->
                    item instanceof SqlCall cast
                        && cast.getOperator() == SqlLibraryOperators.INFIX_CAST);
    SqlNode regrouped = holdsCast ? SqlParserUtil.toTree(flat) : null;
    return regrouped == null ? call : regrouped;
  }

  private static void flatten(SqlNode node, List<Object> flat) {
    if (!(node instanceof SqlCall call) || !isUnparenthesisedOperator(call)) {
      flat.add(node);
      return;
    }
    SqlOperator operator = call.getOperator();
    SqlParserUtil.ToTreeListItem token =
        new SqlParserUtil.ToTreeListItem(operator, call.getParserPosition());
    if (operator instanceof SqlPrefixOperator) {
      flat.add(token);
      flatten(call.operand(0), flat);
    } else if (operator instanceof SqlPostfixOperator) {
      flatten(call.operand(0), flat);
      flat.add(token);
    } else {
      flatten(call.operand(0), flat);
      flat.add(token);
      flatten(call.operand(1), flat);
    }
  }

  private static SqlNode bindTightly(SqlNode value, SqlNode type) {
    if (value instanceof SqlCall call
        && (isUnparenthesisedOperator(call) || isUnparenthesisedBetween(call))
        && !(call.getOperator() instanceof SqlPostfixOperator)) {
      int last = call.operandCount() - 1;
      call.setOperand(last, bindTightly(call.operand(last), type));
      return call;
    }
    SqlParserPos pos = value.getParserPosition().plus(type.getParserPosition());
    return SqlLibraryOperators.INFIX_CAST.createCall(pos, value, type);
  }

  /**
   * Whether {@code call} is an infix, prefix or postfix operator written without parentheses around
   * it.
   */
  private static boolean isUnparenthesisedOperator(SqlCall call) {
    SqlOperator operator = call.getOperator();
    boolean listOperator =
        operator instanceof SqlBinaryOperator
            || operator instanceof SqlPrefixOperator
            || operator instanceof SqlPostfixOperator
            || (operator instanceof SqlLikeOperator && call.operandCount() == 2);
    return listOperator && operator != SqlLibraryOperators.INFIX_CAST && !isParenthesised(call);
  }

  /** {@code x BETWEEN a AND b::int}: the cast is b's (BETWEEN is never regrouped, only entered). */
  private static boolean isUnparenthesisedBetween(SqlCall call) {
    return call.getOperator() instanceof SqlBetweenOperator && !isParenthesised(call);
  }

  /**
   * A parenthesised call's position includes its parentheses, so it starts before its first operand
   * and ends after its last one. A prefix operator always starts before its operand, so only its
   * end tells; a postfix one always ends after. Calls this class or the parser's regrouping made
   * span their operator only, never beyond their operands.
   */
  private static boolean isParenthesised(SqlCall call) {
    if (call.operandCount() == 0 || call.operand(0) == null) {
      return true;
    }
    SqlNode first = call.operand(0);
    SqlNode last = call.operand(call.operandCount() - 1);
    if (last == null) {
      return true;
    }
    SqlParserPos whole = call.getParserPosition();
    boolean endsLater = compare(whole, last.getParserPosition(), false) > 0;
    boolean startsEarlier = compare(whole, first.getParserPosition(), true) < 0;
    if (call.getOperator() instanceof SqlPrefixOperator) {
      return endsLater;
    }
    if (call.getOperator() instanceof SqlPostfixOperator) {
      return startsEarlier;
    }
    return endsLater && startsEarlier;
  }

  private static int compare(SqlParserPos a, SqlParserPos b, boolean starts) {
    int line = starts ? a.getLineNum() - b.getLineNum() : a.getEndLineNum() - b.getEndLineNum();
    if (line != 0) {
      return line;
    }
    return starts ? a.getColumnNum() - b.getColumnNum() : a.getEndColumnNum() - b.getEndColumnNum();
  }

  private static SqlDataTypeSpec postgresType(SqlDataTypeSpec spec) {
    SqlTypeNameSpec name = spec.getTypeNameSpec();
    SqlParserPos pos = spec.getParserPosition();
    if (name instanceof SqlUserDefinedTypeNameSpec named) {
      SqlTypeName standard =
          POSTGRES_NAMES.get(named.getTypeName().getSimple().toUpperCase(Locale.ROOT));
      return standard == null ? spec : basic(new SqlBasicTypeNameSpec(standard, pos), spec);
    }
    if (name instanceof SqlBasicTypeNameSpec basic
        && basic.getTypeName().getSimple().equalsIgnoreCase("DECIMAL")
        && basic.getPrecision() < 0) {
      return basic(
          new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, 19, UNCONSTRAINED_DECIMAL_SCALE, pos),
          spec);
    }
    return spec;
  }

  private static SqlDataTypeSpec basic(SqlBasicTypeNameSpec name, SqlDataTypeSpec original) {
    return new SqlDataTypeSpec(
        name, original.getTimeZone(), original.getNullable(), original.getParserPosition());
  }
}
