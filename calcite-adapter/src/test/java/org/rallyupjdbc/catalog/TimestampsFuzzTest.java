package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates from the API: {@link Timestamps} answers epoch millis or an {@link
 * IllegalArgumentException}, reads only the characters it is given, and agrees with java.time on
 * every text java.time reads.
 */
class TimestampsFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Object alone = outcome(text.toCharArray(), 0, text.length());
    char[] framed = ("1" + text + "1").toCharArray();
    assertThat(outcome(framed, 1, text.length())).isEqualTo(alone);
    Long expected = javaTime(text);
    if (expected != null) {
      assertThat(alone).isEqualTo(expected);
    }
  }

  /** The millis, or the message of the documented exception; anything else escapes. */
  private static Object outcome(char[] text, int offset, int length) {
    try {
      return Timestamps.parse(text, offset, length);
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
