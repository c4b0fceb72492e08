package org.rallyupjdbc.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses currency-formatted strings such as {@code "$101.00"}, {@code "$1,234.50"}, {@code
 * "-$5.00"} or {@code "($5.00)"}: an optional currency symbol of up to three characters, thousands
 * commas, and a minus sign or parentheses for negatives.
 */
final class Money {
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private Money() {}

  /** The amount, or throws {@link IllegalArgumentException}. */
  static BigDecimal parse(String text) {
    String s = text.strip();
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.startsWith("-")) {
      negative = !negative;
      s = s.substring(1).strip();
    }
    int start = 0;
    while (start < s.length() && !Character.isDigit(s.charAt(start)) && s.charAt(start) != '-') {
      start++;
    }
    if (start > 3) {
      throw new IllegalArgumentException("is not a currency amount");
    }
    String digits = s.substring(start).replace(",", "");
    if (digits.startsWith("-")) {
      negative = !negative;
      digits = digits.substring(1);
    }
    if (!AMOUNT.matcher(digits).matches()) {
      throw new IllegalArgumentException("is not a currency amount");
    }
    BigDecimal amount = new BigDecimal(digits);
    return negative ? amount.negate() : amount;
  }
}
