package org.rallyupjdbc.jdbc.dialect;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlExtractFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Converts the dialect's validated calls into expressions Calcite's Enumerable engine already
 * implements, and corrects the one standard function whose numbering differs from PostgreSQL's:
 *
 * <ul>
 *   <li>{@code DATE_TRUNC('unit', t)} is {@code FLOOR(t TO unit)}; {@code 'week'} starts on Monday
 *       as in PostgreSQL (Calcite's WEEK starts on Sunday).
 *   <li>{@code NOW()} is {@code CURRENT_TIMESTAMP}, fixed for the statement.
 *   <li>{@code VERSION()} is a literal naming the driver, {@code CURRENT_SCHEMA} one naming the
 *       connection's schema.
 *   <li>{@code EXTRACT(DOW ...)} and {@code DATE_PART('dow', ...)} count Sunday as 0, not 1.
 * </ul>
 */
final class DialectConvertlets implements SqlRexConvertletTable {
  private static final Map<String, TimeUnitRange> TRUNCATION_UNITS =
      Map.ofEntries(
          Map.entry("millennium", TimeUnitRange.MILLENNIUM),
          Map.entry("century", TimeUnitRange.CENTURY),
          Map.entry("decade", TimeUnitRange.DECADE),
          Map.entry("year", TimeUnitRange.YEAR),
          Map.entry("quarter", TimeUnitRange.QUARTER),
          Map.entry("month", TimeUnitRange.MONTH),
          Map.entry("week", TimeUnitRange.WEEK),
          Map.entry("day", TimeUnitRange.DAY),
          Map.entry("hour", TimeUnitRange.HOUR),
          Map.entry("minute", TimeUnitRange.MINUTE),
          Map.entry("second", TimeUnitRange.SECOND),
          Map.entry("milliseconds", TimeUnitRange.MILLISECOND),
          Map.entry("microseconds", TimeUnitRange.MICROSECOND));

  private final String version;

  DialectConvertlets(String version) {
    this.version = version;
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getOperator() == DialectOperators.DATE_TRUNC) {
      return DialectConvertlets::dateTrunc;
    }
    if (call.getOperator() == DialectOperators.NOW) {
      return (cx, now) ->
          cx.getRexBuilder()
              .makeCast(
                  cx.getValidator().getValidatedNodeType(now),
                  cx.getRexBuilder().makeCall(SqlStdOperatorTable.CURRENT_TIMESTAMP));
    }
    if (call.getOperator() == DialectOperators.VERSION) {
      return (cx, call2) ->
          cx.getRexBuilder()
              .makeLiteral(version, cx.getValidator().getValidatedNodeType(call2), true);
    }
    if (call.getOperator() == SqlStdOperatorTable.CURRENT_SCHEMA) {
      return DialectConvertlets::currentSchema;
    }
    SqlRexConvertlet standard = StandardConvertletTable.INSTANCE.get(call);
    if (call.getOperator() instanceof SqlExtractFunction && isDayOfWeek(call.operand(0))) {
      return (cx, extract) -> {
        RexNode sundayIsOne = standard.convertCall(cx, extract);
        RexBuilder rex = cx.getRexBuilder();
        return rex.makeCall(
            SqlStdOperatorTable.MINUS,
            sundayIsOne,
            rex.makeExactLiteral(BigDecimal.ONE, sundayIsOne.getType()));
      };
    }
    return standard;
  }

  /** Calcite parses and types CURRENT_SCHEMA but cannot execute it: it is the default schema. */
  private static RexNode currentSchema(SqlRexContext cx, SqlCall call) {
    List<String> path =
        cx.getValidator().getCatalogReader().getSchemaPaths().stream()
            .filter(p -> !p.isEmpty())
            .findFirst()
            .orElse(List.of(""));
    return cx.getRexBuilder()
        .makeLiteral(path.get(path.size() - 1), cx.getValidator().getValidatedNodeType(call), true);
  }

  private static boolean isDayOfWeek(SqlNode unit) {
    if (unit instanceof SqlIntervalQualifier qualifier) {
      return qualifier.getUnit() == TimeUnit.DOW;
    }
    return unit instanceof SqlCharStringLiteral text
        && text.getValueAs(String.class).equalsIgnoreCase("dow");
  }

  private static RexNode dateTrunc(SqlRexContext cx, SqlCall call) {
    TimeUnitRange unit = truncationUnit(call.operand(0));
    RexBuilder rex = cx.getRexBuilder();
    RexNode value = cx.convertExpression(call.operand(1));
    RelDataType type = cx.getValidator().getValidatedNodeType(call);
    if (unit != TimeUnitRange.WEEK) {
      return rex.makeCast(type, floor(rex, value, unit));
    }
    // Monday-based: floor the day before to Calcite's Sunday-based week, then add the day back.
    RexNode dayBefore = rex.makeCall(SqlStdOperatorTable.DATETIME_PLUS, value, days(rex, -1));
    RexNode sunday = floor(rex, dayBefore, TimeUnitRange.WEEK);
    return rex.makeCast(
        type, rex.makeCall(SqlStdOperatorTable.DATETIME_PLUS, sunday, days(rex, 1)));
  }

  private static RexNode days(RexBuilder rex, long days) {
    return rex.makeIntervalLiteral(
        BigDecimal.valueOf(days * 86_400_000L),
        new SqlIntervalQualifier(TimeUnit.DAY, null, SqlParserPos.ZERO));
  }

  private static RexNode floor(RexBuilder rex, RexNode value, TimeUnitRange unit) {
    return rex.makeCall(SqlStdOperatorTable.FLOOR, value, rex.makeFlag(unit));
  }

  private static TimeUnitRange truncationUnit(SqlNode operand) {
    if (!(operand instanceof SqlCharStringLiteral literal)) {
      throw new DialectException(
          "0A000",
          "DATE_TRUNC needs its unit as a literal, for example DATE_TRUNC('month', created);"
              + " a unit computed from a column or parameter is not supported");
    }
    String name = literal.getValueAs(String.class).strip().toLowerCase(Locale.ROOT);
    TimeUnitRange unit = TRUNCATION_UNITS.get(name.endsWith("s") ? singular(name) : name);
    if (unit == null) {
      throw new DialectException(
          "22023",
          "DATE_TRUNC unit '"
              + name
              + "' is not recognised; use one of microseconds, milliseconds, second, minute,"
              + " hour, day, week, month, quarter, year, decade, century, millennium");
    }
    return unit;
  }

  private static String singular(String name) {
    return TRUNCATION_UNITS.containsKey(name) ? name : name.substring(0, name.length() - 1);
  }
}
