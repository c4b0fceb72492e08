package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Currency strings from the API: {@link Money} answers an amount or an {@link
 * IllegalArgumentException} (which the decoder turns into a BAD_VALUE error), and reads only the
 * characters it is given, as it does inside a JSON parser's buffer.
 */
class MoneyFuzzTest {
  @FuzzTest
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Object alone = outcome(text.toCharArray(), 0, text.length());
    char[] framed = ("9" + text + "9").toCharArray();
    assertThat(outcome(framed, 1, text.length())).isEqualTo(alone);
    if (alone instanceof BigDecimal amount) {
      // an amount never has more digits than the text has characters
      assertThat(amount.precision()).isLessThanOrEqualTo(Math.max(1, text.length()));
    }
  }

  /** The amount, or the message of the documented exception; anything else escapes. */
  private static Object outcome(char[] text, int offset, int length) {
    try {
      return Money.parse(text, offset, length);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
