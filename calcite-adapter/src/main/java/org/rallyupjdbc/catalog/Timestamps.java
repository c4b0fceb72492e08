package org.rallyupjdbc.catalog;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses RallyUp's two date formats into epoch milliseconds of UTC wall-clock time, Calcite's
 * internal TIMESTAMP value: {@code yyyy/MM/dd HH:mm:ss} (zone-less, taken as UTC) and ISO-8601 with
 * optional fraction and offset. Hand-written because java.time parsing dominated decode cost in
 * measurements (docs/performance.md); anything unusual falls back to java.time.
 */
final class Timestamps {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private Timestamps() {}

  /** The epoch millis of the text, or throws {@link IllegalArgumentException}. */
  static long parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /**
   * The epoch millis of {@code length} characters of {@code text} from {@code offset} (a JSON
   * parser's own buffer, so that no String is made), or throws {@link IllegalArgumentException}.
   */
  static long parse(char[] text, int offset, int length) {
    if (length >= 19 && isDateTimeShape(text, offset)) {
      long millis = fast(text, offset, offset + length);
      if (millis != Long.MIN_VALUE) {
        return millis;
      }
    }
    return slow(new String(text, offset, length));
  }

  private static boolean isDateTimeShape(char[] s, int at) {
    char dateSep = s[at + 4];
    char timeSep = s[at + 10];
    return (dateSep == '/' || dateSep == '-')
        && s[at + 7] == dateSep
        && (timeSep == ' ' || timeSep == 'T')
        && s[at + 13] == ':'
        && s[at + 16] == ':';
  }

  /** Returns {@code Long.MIN_VALUE} when the text needs the general parser. */
  private static long fast(char[] s, int at, int end) {
    int year = digits(s, at, 4);
    int month = digits(s, at + 5, 2);
    int day = digits(s, at + 8, 2);
    int hour = digits(s, at + 11, 2);
    int minute = digits(s, at + 14, 2);
    int second = digits(s, at + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return Long.MIN_VALUE;
    }
    int i = at + 19;
    int millis = 0;
    if (i < end && s[i] == '.') {
      int start = ++i;
      while (i < end && Character.isDigit(s[i])) {
        if (i - start < 3) {
          millis = millis * 10 + (s[i] - '0');
        }
        i++;
      }
      if (i == start) {
        return Long.MIN_VALUE;
      }
      for (int n = i - start; n < 3; n++) {
        millis *= 10;
      }
    }
    long offsetMillis = 0;
    if (i < end) {
      char zone = s[i];
      if (zone == 'Z' && i + 1 == end) {
        offsetMillis = 0;
      } else if ((zone == '+' || zone == '-') && i + 6 == end && s[i + 3] == ':') {
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if ((hours | minutes) < 0) {
          return Long.MIN_VALUE;
        }
        offsetMillis = (hours * 60L + minutes) * 60_000L * (zone == '+' ? 1 : -1);
      } else {
        return Long.MIN_VALUE;
      }
    }
    long days = epochDay(year, month, day);
    return days * MILLIS_PER_DAY
        + ((hour * 60L + minute) * 60L + second) * 1000L
        + millis
        - offsetMillis;
  }

  private static long slow(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(text.replace('/', '-').replace(' ', 'T'))
            .toInstant(ZoneOffset.UTC)
            .toEpochMilli();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "is not a date (expected yyyy/MM/dd HH:mm:ss or ISO-8601)", e);
      }
    }
  }

  private static int digits(char[] s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
