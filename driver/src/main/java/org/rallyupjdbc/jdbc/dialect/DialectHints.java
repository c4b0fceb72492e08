package org.rallyupjdbc.jdbc.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Explains a statement that failed to parse, validate or plan when the failure has a known cause in
 * another dialect's habits: the message names the construct and shows the way this driver's SQL
 * says it. Failures without a known cause are returned unchanged, except that a planner failure
 * (Calcite's "not enough rules" graph dump or "Unable to implement") becomes a short 0A000.
 */
final class DialectHints {
  private static final Pattern TOP =
      Pattern.compile(
          "(?is)^(\\s*select\\s+(?:distinct\\s+|all\\s+)?)top\\s*\\(?\\s*(\\d+)\\s*\\)?\\s+(.*?)\\s*;?\\s*$");
  private static final Pattern DISTINCT_ON =
      Pattern.compile("(?is)\\bselect\\s+distinct\\s+on\\s*\\(");
  private static final Pattern TEXT_INTERVAL =
      Pattern.compile("(?i)\\binterval\\s+'\\s*(-?\\d+)\\s+([a-z]+?)s?\\s*'");
  private static final Pattern UNKNOWN_FUNCTION =
      Pattern.compile("No match found for function signature (\\w+)");
  private static final Pattern DATETIME_ARITHMETIC =
      Pattern.compile(
          "Cannot apply '([-+])' to arguments of type '<(DATE|TIMESTAMP)[^>]*> [-+] <(\\w+)");

  /** Functions of other dialects that have a different spelling here. */
  private static final Map<String, String> ALTERNATIVES =
      Map.of(
          "REGEXP_MATCHES", "x ~ 'pattern' (or REGEXP_LIKE(x, 'pattern')) tests for a match",
          "DATE_ADD", "DATEADD(day, n, t) or t + INTERVAL 'n' DAY",
          "DATE_SUB", "DATEADD(day, -n, t) or t - INTERVAL 'n' DAY",
          "GETDATE", "NOW() or CURRENT_TIMESTAMP",
          "SYSDATE", "NOW() or CURRENT_TIMESTAMP",
          "ISNULL", "COALESCE(x, y), IFNULL(x, y) or NVL(x, y)",
          "LEN", "LENGTH(x)",
          "DATEPART", "DATE_PART('unit', t) or EXTRACT(unit FROM t)");

  private DialectHints() {}

  /** The exception to throw for {@code failure} of {@code sql}: an explained one, or itself. */
  static RuntimeException explain(String sql, RuntimeException failure) {
    return hint(sql == null ? "" : sql, failure).map(h -> (RuntimeException) h).orElse(failure);
  }

  private static Optional<DialectException> hint(String sql, RuntimeException failure) {
    CalciteContextException validation = find(failure, CalciteContextException.class);
    Matcher top = TOP.matcher(sql);
    if ((validation != null || has(failure, SqlParseException.class)) && top.matches()) {
      // "TOP 5 x" fails to parse; "TOP (5) x" parses as a call of an unknown function TOP
      return Optional.of(
          new DialectException(
              "42000",
              "SELECT TOP n is SQL Server syntax; this driver speaks PostgreSQL-flavoured SQL, where"
                  + " the row limit comes last: "
                  + top.group(1)
                  + top.group(3)
                  + " LIMIT "
                  + top.group(2),
              failure));
    }
    if (has(failure, SqlParseException.class)) {
      return parseHint(sql, failure);
    }
    if (validation != null) {
      return validationHint(String.valueOf(validation.getMessage()), failure);
    }
    String message = String.valueOf(failure.getMessage());
    if (has(failure, RelOptPlanner.CannotPlanException.class)
        || message.startsWith("Unable to implement")) {
      return Optional.of(
          new DialectException(
              "0A000",
              "The driver cannot execute this statement: it uses a construct Calcite's engine has"
                  + " no implementation for ("
                  + firstLine(message)
                  + "). Rewrite that part of the query (docs/sql.md lists what is supported).",
              failure));
    }
    return Optional.empty();
  }

  private static Optional<DialectException> parseHint(String sql, RuntimeException failure) {
    if (DISTINCT_ON.matcher(sql).find()) {
      return Optional.of(
          new DialectException(
              "0A000",
              "SELECT DISTINCT ON (...) is not supported; keep the first row of each group with"
                  + " ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) = 1 in a subquery",
              failure));
    }
    Matcher interval = TEXT_INTERVAL.matcher(sql);
    if (interval.find()) {
      return Optional.of(
          new DialectException(
              "42000",
              "An interval needs its unit outside the quotes here: write INTERVAL '"
                  + interval.group(1)
                  + "' "
                  + interval.group(2).toUpperCase(Locale.ROOT)
                  + " instead of "
                  + interval.group(),
              failure));
    }
    return Optional.empty();
  }

  private static Optional<DialectException> validationHint(
      String message, RuntimeException failure) {
    Matcher unknown = UNKNOWN_FUNCTION.matcher(message);
    if (unknown.find()) {
      String name = unknown.group(1).toUpperCase(Locale.ROOT);
      String alternative = ALTERNATIVES.get(name);
      return Optional.of(
          new DialectException(
              "42000",
              message
                  + (alternative == null
                      ? ". DatabaseMetaData.get*Functions() and docs/sql.md list the functions"
                          + " this driver supports"
                      : ". " + name + " is not in this driver's SQL; write " + alternative),
              failure));
    }
    Matcher arithmetic = DATETIME_ARITHMETIC.matcher(message);
    if (arithmetic.find()) {
      String advice =
          arithmetic.group(3).startsWith("DATE") || arithmetic.group(3).startsWith("TIMESTAMP")
              ? "the difference of two dates or timestamps is DATEDIFF(day, a, b) (or another"
                  + " unit), or (b - a) DAY as an interval"
              : "add or subtract an interval: t + INTERVAL '1' DAY, or DATEADD(day, n, t)";
      return Optional.of(new DialectException("42000", message + ". " + advice, failure));
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse(message);
    int cost = line.indexOf(": rowcount");
    return (cost > 0 ? line.substring(0, cost) : line).strip();
  }

  private static boolean has(Throwable thrown, Class<? extends Throwable> type) {
    return find(thrown, type) != null;
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
