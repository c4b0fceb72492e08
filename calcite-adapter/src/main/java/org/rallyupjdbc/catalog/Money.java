package org.rallyupjdbc.catalog;

import java.math.BigDecimal;

/**
 * Parses currency-formatted strings such as {@code "$101.00"}, {@code "$1,234.50"}, {@code
 * "-$5.00"} or {@code "($5.00)"}: an optional currency symbol of up to three characters, thousands
 * commas, and a minus sign or parentheses for negatives. Reads characters in place (a JSON parser's
 * buffer) and builds the amount from its digits, without intermediate strings.
 */
final class Money {
  /** Digits that always fit a long; longer amounts go through BigDecimal's own parser. */
  private static final int LONG_DIGITS = 18;

  private Money() {}

  /** The amount, or throws {@link IllegalArgumentException}. */
  static BigDecimal parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /** The amount in {@code length} characters of {@code text} from {@code offset}. */
  static BigDecimal parse(char[] text, int offset, int length) {
    int start = skipSpace(text, offset, offset + length);
    int end = trimSpace(text, start, offset + length);
    boolean negative = false;
    if (end - start >= 2 && text[start] == '(' && text[end - 1] == ')') {
      negative = true;
      start = skipSpace(text, start + 1, end - 1);
      end = trimSpace(text, start, end - 1);
    }
    if (start < end && text[start] == '-') {
      negative = true ^ negative;
      start = skipSpace(text, start + 1, end);
    }
    int symbol = start;
    while (start < end && !Character.isDigit(text[start]) && text[start] != '-') {
      start++;
    }
    if (start - symbol > 3) {
      throw notAnAmount();
    }
    if (start < end && text[start] == '-') {
      negative = true ^ negative;
      start++;
    }
    BigDecimal amount = digits(text, start, end);
    return negative ? amount.negate() : amount;
  }

  /** {@code [0-9]+(\.[0-9]+)?}, commas ignored wherever they stand, as an exact amount. */
  private static BigDecimal digits(char[] text, int start, int end) {
    long unscaled = 0;
    int whole = 0;
    int fraction = 0;
    boolean point = false;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        if (point) {
          fraction++;
        } else {
          whole++;
        }
      } else if (c == '.' && !point && whole > 0) {
        point = true;
      } else if (c != ',') {
        throw notAnAmount();
      }
    }
    if (whole == 0 || (point && fraction == 0)) {
      throw notAnAmount();
    }
    if (whole + fraction > ValueReader.MAX_NUMBER_LENGTH) {
      // no column holds it, and BigDecimal's parser is not linear in the length
      throw notAnAmount();
    }
    if (whole + fraction > LONG_DIGITS) {
      StringBuilder plain = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        if (text[i] != ',') {
          plain.append(text[i]);
        }
      }
      return new BigDecimal(plain.toString());
    }
    return BigDecimal.valueOf(unscaled, fraction);
  }

  private static int skipSpace(char[] text, int from, int end) {
    while (from < end && Character.isWhitespace(text[from])) {
      from++;
    }
    return from;
  }

  private static int trimSpace(char[] text, int start, int end) {
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    return end;
  }

  private static IllegalArgumentException notAnAmount() {
    return new IllegalArgumentException("is not a currency amount");
  }
}
