package org.rallyupjdbc.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Date-time conversions for {@link ValueCoercion}: parsing SQL and ISO text, formatting, and moving
 * between the java.time and java.sql classes (values are UTC wall-clock time).
 */
final class DateTimeCoercion {
  private DateTimeCoercion() {}

  static Object convert(Object value, Class<?> type) throws SQLException {
    if (type == LocalDateTime.class) {
      return dateTime(value);
    } else if (type == LocalDate.class) {
      return value instanceof LocalDate date ? date : dateTime(value).toLocalDate();
    } else if (type == LocalTime.class) {
      return time(value);
    } else if (type == OffsetDateTime.class) {
      return dateTime(value).atOffset(ZoneOffset.UTC);
    } else if (type == ZonedDateTime.class) {
      return dateTime(value).atZone(ZoneOffset.UTC);
    } else if (type == Instant.class) {
      return dateTime(value).toInstant(ZoneOffset.UTC);
    } else if (type == Timestamp.class || type == java.util.Date.class) {
      return Timestamp.valueOf(dateTime(value));
    } else if (type == java.sql.Date.class) {
      return java.sql.Date.valueOf(
          value instanceof LocalDate date ? date : dateTime(value).toLocalDate());
    } else if (type == Time.class) {
      return Time.valueOf(time(value));
    }
    throw new SQLFeatureNotSupportedException(
        "rallyup-jdbc does not convert values to " + type.getName(), "0A000");
  }

  private static LocalDateTime dateTime(Object value) throws SQLException {
    if (value instanceof LocalDateTime dateTime) {
      return dateTime;
    } else if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    } else if (value instanceof String text) {
      return parse(text);
    }
    throw ValueCoercion.cannot(value, "a date-time");
  }

  private static LocalTime time(Object value) throws SQLException {
    if (value instanceof LocalTime time) {
      return time;
    } else if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalTime();
    } else if (value instanceof String text) {
      try {
        return LocalTime.parse(text.trim());
      } catch (DateTimeParseException e) {
        return parse(text).toLocalTime();
      }
    }
    throw ValueCoercion.cannot(value, "a time");
  }

  /**
   * Parses {@code 2024-05-01}, {@code 2024-05-01 10:30[:15[.123]]}, the same with {@code T}, and
   * ISO date-times with an offset (converted to UTC).
   */
  private static LocalDateTime parse(String text) throws SQLException {
    String trimmed = text.trim();
    String iso =
        trimmed.length() > 10 && trimmed.charAt(10) == ' '
            ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11)
            : trimmed;
    try {
      if (iso.length() == 10) {
        return LocalDate.parse(iso).atStartOfDay();
      }
      if (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
      }
      return LocalDateTime.parse(iso);
    } catch (DateTimeParseException e) {
      throw ValueCoercion.cannot(text, "a date-time (yyyy-mm-dd hh:mm:ss)");
    }
  }

  /** {@code HH:mm:ss}, with the fraction of a second when there is one. */
  static String timeText(LocalTime time) {
    String text = time.withNano(0).toString();
    String seconds = text.length() == 5 ? text + ":00" : text;
    if (time.getNano() == 0) {
      return seconds;
    }
    String fraction = String.format(Locale.ROOT, "%09d", time.getNano());
    int end = fraction.length();
    while (fraction.charAt(end - 1) == '0') {
      end--;
    }
    return seconds + "." + fraction.substring(0, end);
  }
}
