package org.rallyupjdbc.jdbc;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A DatabaseMetaData name pattern: {@code %} any run of characters, {@code _} any one character,
 * {@code \} before either to mean it literally; null matches everything. Names match without regard
 * to case, as SQL names do in this driver. (Calcite's own matching ignores {@code _} and is
 * case-sensitive.)
 */
final class NamePattern implements Predicate<String> {
  /** The escape {@code getSearchStringEscape()} reports. */
  static final char ESCAPE = '\\';

  private final String text;
  private final Pattern regex;

  private NamePattern(String text) {
    this.text = text;
    this.regex = text == null ? null : compile(text);
  }

  /**
   * The pattern of a pattern argument (such as {@code tableNamePattern}) or a name argument (such
   * as the {@code table} of {@code getPrimaryKeys}, where DBeaver sends {@code %}): a name equal to
   * the argument, in any case, also matches.
   */
  static NamePattern of(String pattern) {
    return new NamePattern(pattern);
  }

  /**
   * Whether {@code name} matches. A missing name (a table without catalog) matches null, the empty
   * string ("without a catalog") and patterns of {@code %} only.
   */
  @Override
  public boolean test(String name) {
    if (text == null) {
      return true;
    }
    if (name == null) {
      return text.chars().allMatch(c -> c == '%');
    }
    return text.equalsIgnoreCase(name) || regex.matcher(name).matches();
  }

  private static Pattern compile(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == ESCAPE && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(
        regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }
}
