package org.rallyupjdbc.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;

/**
 * Inspects SQL text before Calcite sees it: refuses statements that would change data or schema
 * (the driver is read-only) and drops the trailing semicolons many tools send, which Calcite's
 * parser rejects.
 */
final class ReadOnlyGuard {
  private static final Set<String> WRITES =
      Set.of(
          "INSERT",
          "UPDATE",
          "DELETE",
          "MERGE",
          "UPSERT",
          "CREATE",
          "DROP",
          "ALTER",
          "TRUNCATE",
          "GRANT",
          "REVOKE",
          "COMMENT",
          "RENAME");

  private ReadOnlyGuard() {}

  /**
   * The SQL to hand to Calcite, or a 0A000 refusal for a data or schema change; no SQL at all is
   * HY009 (Calcite would fail an assertion on it).
   */
  static String check(String sql) throws SQLException {
    if (sql == null) {
      throw new SQLException("no SQL given", "HY009");
    }
    String keyword = firstKeyword(sql);
    if (WRITES.contains(keyword)) {
      throw new SQLFeatureNotSupportedException(
          "rallyup-jdbc is read-only: " + keyword + " statements are not supported", "0A000");
    }
    int end = sql.length();
    while (end > 0 && (sql.charAt(end - 1) == ';' || Character.isWhitespace(sql.charAt(end - 1)))) {
      end--;
    }
    return sql.substring(0, end);
  }

  /** The first word of the statement, past whitespace, comments and opening parentheses. */
  private static String firstKeyword(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int newline = sql.indexOf('\n', i);
        i = newline < 0 ? n : newline + 1;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }
}
