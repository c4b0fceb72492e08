package org.rallyupjdbc.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;

/**
 * Converts values between the Java classes JDBC callers use, along the lines of the JDBC
 * specification's conversion tables (B-5, B-6): text to and from numbers, dates and flags, numbers
 * to each other without silent loss, and date-times between the {@code java.sql} and {@code
 * java.time} classes.
 *
 * <p>Date-times travel as {@link LocalDateTime}, {@link LocalDate} and {@link LocalTime} in the
 * driver's time: TIMESTAMP columns hold UTC wall-clock time, so an {@link Instant} or {@link
 * OffsetDateTime} is converted to UTC, while {@code java.sql} values mean the wall-clock time they
 * print in the JVM's zone (or in the zone of the {@link Calendar} passed with them), as Avatica's
 * own getters and setters do.
 */
final class ValueCoercion {
  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          long.class, Long.class,
          int.class, Integer.class,
          short.class, Short.class,
          byte.class, Byte.class,
          double.class, Double.class,
          float.class, Float.class,
          boolean.class, Boolean.class);

  private ValueCoercion() {}

  /** The value in the driver's own terms: java.time for date-times, BigDecimal for big numbers. */
  static Object normalize(Object value, Calendar calendar) {
    ZoneId zone = calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    if (value instanceof Timestamp timestamp) {
      return calendar == null
          ? timestamp.toLocalDateTime()
          : LocalDateTime.ofInstant(timestamp.toInstant(), zone);
    } else if (value instanceof java.sql.Date date) {
      return calendar == null
          ? date.toLocalDate()
          : Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    } else if (value instanceof Time time) {
      return calendar == null
          ? time.toLocalTime()
          : Instant.ofEpochMilli(time.getTime()).atZone(zone).toLocalTime();
    } else if (value instanceof java.util.Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), zone);
    } else if (value instanceof Calendar given) {
      return LocalDateTime.ofInstant(given.toInstant(), given.getTimeZone().toZoneId());
    } else if (value instanceof Instant instant) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    } else if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } else if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } else if (value instanceof OffsetTime offset) {
      return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
    } else if (value instanceof Character character) {
      return character.toString();
    } else if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    return value;
  }

  /**
   * The value as an instance of {@code type}, or null for null.
   *
   * @throws SQLDataException 22018 when the value does not convert, 22003 when a number does not
   *     fit
   * @throws SQLFeatureNotSupportedException 0A000 for a class the driver does not convert to
   */
  static <T> T convert(Object value, Class<T> type) throws SQLException {
    @SuppressWarnings("unchecked")
    Class<T> boxed = (Class<T>) BOXES.getOrDefault(type, type);
    if (value == null) {
      return null;
    }
    if (boxed.isInstance(value)) {
      return boxed.cast(value);
    }
    Object normalized = normalize(value, null);
    if (!isConvertible(normalized)) {
      throw cannot(value, boxed.getSimpleName());
    }
    return boxed.cast(convertNormalized(normalized, boxed));
  }

  /** Whether a normalized value is of a kind this class converts: text, number, flag, date-time. */
  static boolean isConvertible(Object normalized) {
    return normalized instanceof String
        || normalized instanceof Number
        || normalized instanceof Boolean
        || normalized instanceof LocalDateTime
        || normalized instanceof LocalDate
        || normalized instanceof LocalTime;
  }

  private static Object convertNormalized(Object value, Class<?> type) throws SQLException {
    if (type == String.class) {
      return text(value);
    } else if (type == BigDecimal.class) {
      return decimal(value);
    } else if (type == Long.class) {
      return integral(value, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
    } else if (type == Integer.class) {
      return integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
    } else if (type == Short.class) {
      return integral(value, Short.MIN_VALUE, Short.MAX_VALUE).shortValueExact();
    } else if (type == Byte.class) {
      return integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValueExact();
    } else if (type == BigInteger.class) {
      return integral(value, Long.MIN_VALUE, Long.MAX_VALUE).toBigIntegerExact();
    } else if (type == Double.class) {
      return value instanceof Number number ? number.doubleValue() : decimal(value).doubleValue();
    } else if (type == Float.class) {
      return value instanceof Number number ? number.floatValue() : decimal(value).floatValue();
    } else if (type == Boolean.class) {
      return flag(value);
    }
    return DateTimeCoercion.convert(value, type);
  }

  /** The text a value converts to: plain digits for numbers, SQL literals for date-times. */
  static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    } else if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate() + " " + DateTimeCoercion.timeText(dateTime.toLocalTime());
    } else if (value instanceof LocalTime time) {
      return DateTimeCoercion.timeText(time);
    }
    return value.toString();
  }

  private static BigDecimal decimal(Object value) throws SQLException {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw cannot(value, "an exact number");
      }
      return BigDecimal.valueOf(number);
    } else if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    } else if (value instanceof Boolean flag) {
      return flag ? BigDecimal.ONE : BigDecimal.ZERO;
    } else if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw cannot(value, "a number");
      }
    }
    throw cannot(value, "a number");
  }

  /** A whole number within the bounds; a fraction is refused rather than truncated. */
  private static BigDecimal integral(Object value, long min, long max) throws SQLException {
    BigDecimal decimal = decimal(value);
    if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
      throw cannot(value, "a whole number without losing its fraction");
    }
    if (decimal.compareTo(BigDecimal.valueOf(min)) < 0
        || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new SQLDataException(
          "numeric value out of range: " + text(value) + " is not between " + min + " and " + max,
          "22003");
    }
    return decimal.setScale(0);
  }

  private static Boolean flag(Object value) throws SQLException {
    if (value instanceof Boolean flag) {
      return flag;
    } else if (value instanceof Number) {
      return decimal(value).signum() != 0;
    } else if (value instanceof String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "true", "t", "1", "yes", "y" -> {
          return true;
        }
        case "false", "f", "0", "no", "n" -> {
          return false;
        }
        default -> throw cannot(value, "true or false");
      }
    }
    throw cannot(value, "true or false");
  }

  static SQLDataException cannot(Object value, String what) {
    String shown =
        value instanceof String
            ? "'" + value + "'"
            : isConvertible(value) ? text(value) : "a value";
    return new SQLDataException(
        "cannot convert " + shown + " (" + value.getClass().getSimpleName() + ") to " + what,
        "22018");
  }
}
