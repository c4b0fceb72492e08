package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The text parsers of values: {@link Money} (an input starting with an even byte) and {@link
 * Timestamps} (odd). Each answers a value or an {@link IllegalArgumentException} (which the decoder
 * turns into a BAD_VALUE error), reads only the characters it is given, as it does inside a JSON
 * parser's buffer; an amount has no more digits than the text has characters, and a date agrees
 * with java.time on every text java.time reads.
 */
class ValueTextFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void parse(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    if (input[0] % 2 == 0) {
      Object amount = sameInAnyBuffer(text, t -> Money.parse(t, 1, text.length()));
      if (amount instanceof BigDecimal exact) {
        assertThat(exact.precision()).isLessThanOrEqualTo(Math.max(1, text.length()));
      }
    } else {
      Object millis = sameInAnyBuffer(text, t -> Timestamps.parse(t, 1, text.length()));
      Long expected = javaTime(text);
      if (expected != null) {
        assertThat(millis).isEqualTo(expected);
      }
    }
  }

  /**
   * The value parsed from {@code text} between two different neighbours, or the message of the
   * documented exception; the neighbours must not change it.
   */
  private static Object sameInAnyBuffer(String text, Function<char[], Object> parser) {
    Object between9 = outcome(("9" + text + "9").toCharArray(), parser);
    assertThat(outcome(("-" + text + ",").toCharArray(), parser)).isEqualTo(between9);
    return between9;
  }

  private static Object outcome(char[] buffer, Function<char[], Object> parser) {
    try {
      return parser.apply(buffer);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** What java.time makes of an ISO-8601 text (zone-less taken as UTC), or null. */
  private static Long javaTime(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
