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
    int length = text.length();
    if (length >= 19 && isDateTimeShape(text)) {
      long millis = fast(text);
      if (millis != Long.MIN_VALUE) {
        return millis;
      }
    }
    return slow(text);
  }

  private static boolean isDateTimeShape(String s) {
    char dateSep = s.charAt(4);
    char timeSep = s.charAt(10);
    return (dateSep == '/' || dateSep == '-')
        && s.charAt(7) == dateSep
        && (timeSep == ' ' || timeSep == 'T')
        && s.charAt(13) == ':'
        && s.charAt(16) == ':';
  }

  /** Returns {@code Long.MIN_VALUE} when the text needs the general parser. */
  private static long fast(String s) {
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
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
    int i = 19;
    int millis = 0;
    if (i < s.length() && s.charAt(i) == '.') {
      int start = ++i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        if (i - start < 3) {
          millis = millis * 10 + (s.charAt(i) - '0');
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
    if (i < s.length()) {
      char zone = s.charAt(i);
      if (zone == 'Z' && i + 1 == s.length()) {
        offsetMillis = 0;
      } else if ((zone == '+' || zone == '-') && i + 6 == s.length() && s.charAt(i + 3) == ':') {
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

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
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
