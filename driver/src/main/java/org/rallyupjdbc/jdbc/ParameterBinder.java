package org.rallyupjdbc.jdbc;

import java.math.BigDecimal;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Locale;

/**
 * Binds each parameter of a prepared statement as the SQL type Calcite gave it, whatever setter the
 * caller chose: report tools bind by the Java class of their own parameter ({@code setString} on a
 * number, {@code setDate} on a timestamp, {@code setLong} for {@code LIMIT ?}), and Calcite would
 * otherwise fail at execution with a ClassCastException or truncate a decimal bound to a whole
 * number. Values convert as {@link ValueCoercion} says; one that does not convert fails with
 * SQLState 22018 (or 22003 when out of range) naming the parameter.
 */
final class ParameterBinder {
  private final PreparedStatement target;
  private ParameterMetaData parameters;

  ParameterBinder(PreparedStatement target) {
    this.target = target;
  }

  /**
   * Binds {@code value} (null for SQL NULL) as parameter {@code index}'s type; false when the
   * driver leaves the value, or the parameter, to Calcite's own setter.
   *
   * @param calendar the zone a date or time value was given in, or null
   */
  boolean bind(int index, Object value, Calendar calendar) throws SQLException {
    int type = parameterType(index);
    try {
      return bind(index, type, ValueCoercion.normalize(value, calendar));
    } catch (SQLDataException e) {
      throw new SQLDataException(
          "parameter " + index + " is " + typeName(index) + ": " + e.getMessage(),
          e.getSQLState(),
          e);
    }
  }

  private boolean bind(int index, int type, Object value) throws SQLException {
    if (value == null) {
      if (type == Types.OTHER || type == Types.JAVA_OBJECT || type == Types.NULL) {
        return false;
      }
      target.setNull(index, type);
      return true;
    }
    if (!ValueCoercion.isConvertible(value)) {
      return false;
    }
    switch (type) {
      case Types.BIGINT -> target.setLong(index, ValueCoercion.convert(value, Long.class));
      case Types.INTEGER -> target.setInt(index, ValueCoercion.convert(value, Integer.class));
      case Types.SMALLINT -> target.setShort(index, ValueCoercion.convert(value, Short.class));
      case Types.TINYINT -> target.setByte(index, ValueCoercion.convert(value, Byte.class));
      case Types.DECIMAL, Types.NUMERIC ->
          target.setBigDecimal(index, ValueCoercion.convert(value, BigDecimal.class));
      case Types.DOUBLE, Types.FLOAT ->
          target.setDouble(index, ValueCoercion.convert(value, Double.class));
      case Types.REAL -> target.setFloat(index, ValueCoercion.convert(value, Float.class));
      case Types.BOOLEAN, Types.BIT ->
          target.setBoolean(index, ValueCoercion.convert(value, Boolean.class));
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR ->
          target.setString(index, ValueCoercion.convert(value, String.class));
      case Types.TIMESTAMP -> {
        LocalDateTime dateTime = ValueCoercion.convert(value, LocalDateTime.class);
        target.setLong(index, dateTime.toInstant(ZoneOffset.UTC).toEpochMilli());
      }
      case Types.DATE ->
          target.setInt(index, (int) ValueCoercion.convert(value, LocalDate.class).toEpochDay());
      case Types.TIME ->
          target.setInt(
              index,
              (int) (ValueCoercion.convert(value, LocalTime.class).toNanoOfDay() / 1_000_000L));
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The parameter's JDBC type, or {@link Types#OTHER} when Calcite has no parameter there. */
  private int parameterType(int index) throws SQLException {
    if (parameters == null) {
      parameters = target.getParameterMetaData();
    }
    return index >= 1 && index <= parameters.getParameterCount()
        ? parameters.getParameterType(index)
        : Types.OTHER;
  }

  private String typeName(int index) throws SQLException {
    return parameters.getParameterTypeName(index).toUpperCase(Locale.ROOT);
  }
}
