package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Replays JasperReports' JDBC query executer (docs/reporting.md): a prepared statement, with a
 * result-set type, concurrency and holdability when the report sets them, fetch size, maximum field
 * size, maximum rows, and each report parameter bound by its Java class (a {@code java.util.Date}
 * always with {@code setDate}, nulls with {@code setNull} of the class's type, unknown classes with
 * {@code setObject} or {@code setNull(JAVA_OBJECT)}); fields are read the way its result-set data
 * source reads them. The binding matrix covers every parameter class against every column type it
 * is sensibly compared with.
 */
class JasperReportsEmulationTest {
  private final FakeRallyUp fake = ClientFixtures.fake();

  @AfterEach
  void close() {
    fake.close();
  }

  static Stream<Arguments> bindingMatrix() {
    Timestamp tenth = Timestamp.valueOf("2024-03-10 00:00:00");
    return Stream.of(
        // BIGINT column
        bind("transaction_id = ?", Long.class, 103L, 103),
        bind("transaction_id = ?", Integer.class, 103, 103),
        bind("transaction_id = ?", Short.class, (short) 103, 103),
        bind("transaction_id = ?", Byte.class, (byte) 103, 103),
        bind("transaction_id = ?", BigDecimal.class, new BigDecimal("103"), 103),
        bind("transaction_id = ?", Double.class, 103.0, 103),
        bind("transaction_id = ?", Float.class, 103.0f, 103),
        bind("transaction_id = ?", String.class, "103", 103),
        bind("transaction_id = ?", Long.class, null),
        bind("transaction_id = ?", Object.class, 103L, 103),
        bind("transaction_id = ?", Object.class, null),
        // DECIMAL column
        bind(
            "transaction_gross_amount_value >= ?",
            BigDecimal.class,
            new BigDecimal("55"),
            111,
            112),
        bind("transaction_gross_amount_value >= ?", Double.class, 55.0, 111, 112),
        bind("transaction_gross_amount_value >= ?", Integer.class, 55, 111, 112),
        bind("transaction_gross_amount_value >= ?", String.class, "55.00", 111, 112),
        bind("transaction_gross_amount_value >= ?", BigDecimal.class, null),
        // VARCHAR column
        bind("donor_first_name = ?", String.class, "Carl", 104, 108, 112),
        bind("donor_first_name = ?", String.class, null),
        // TIMESTAMP column: java.util.Date goes through setDate, as Jasper does
        bind("transaction_created_date >= ?", Timestamp.class, tenth, 106, 107, 108, 109, 110, 111),
        bind(
            "transaction_created_date >= ?",
            java.util.Date.class,
            new java.util.Date(Timestamp.valueOf("2024-03-10 17:45:00").getTime()),
            106,
            107,
            108,
            109,
            110,
            111),
        bind(
            "transaction_created_date >= ?",
            java.sql.Date.class,
            java.sql.Date.valueOf("2024-03-14"),
            110,
            111),
        bind("transaction_created_date >= ?", String.class, "2024-03-14", 110, 111),
        bind("transaction_created_date >= ?", java.util.Date.class, null),
        bind("transaction_created_date >= ?", Timestamp.class, null),
        // a TIME parameter against the time of day of a timestamp
        bind(
            "cast(transaction_created_date as time) = ?",
            Time.class,
            Time.valueOf("12:00:00"),
            101,
            102,
            103,
            104,
            105,
            106,
            107,
            108,
            109,
            110,
            111),
        // BOOLEAN column
        bind("is_recurring = ?", Boolean.class, true, 103, 106, 109, 112),
        bind("is_recurring = ?", String.class, "true", 103, 106, 109, 112),
        bind("is_recurring = ?", Boolean.class, null));
  }

  private static Arguments bind(String where, Class<?> type, Object value, long... ids) {
    return Arguments.of(where, type, value, ids);
  }

  @ParameterizedTest(name = "{0} with a {1} parameter {2}")
  @MethodSource("bindingMatrix")
  void aReportParameterOfEachClass(String where, Class<?> type, Object value, long[] ids)
      throws SQLException {
    for (Calendar calendar :
        new Calendar[] {null, Calendar.getInstance(TimeZone.getDefault(), Locale.ROOT)}) {
      try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
          PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT transaction_id FROM donations WHERE "
                      + where
                      + " ORDER BY transaction_id")) {
        setStatementParameter(statement, 1, type, value, calendar);
        List<Long> selected = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            selected.add(rows.getLong(1));
          }
        }
        assertThat(selected)
            .containsExactly(java.util.Arrays.stream(ids).boxed().toArray(Long[]::new));
      }
    }
  }

  @Test
  void aReportWithStatementPropertiesAndItsFields() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT d.transaction_id, c.name AS campaign, d.transaction_gross_amount_value AS"
                    + " amount, d.transaction_created_date AS created, d.is_recurring"
                    + " FROM donations d JOIN campaigns c ON c.id = d.campaign_id"
                    + " WHERE d.transaction_created_date >= ? AND c.amount_goal > ?"
                    + " ORDER BY d.transaction_id",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY,
                ResultSet.HOLD_CURSORS_OVER_COMMIT)) {
      statement.setFetchSize(500); // net.sf.jasperreports.jdbc.fetch.size
      statement.setMaxFieldSize(6); // net.sf.jasperreports.jdbc.max.field.size
      statement.setMaxRows(3); // REPORT_MAX_COUNT
      setStatementParameter(
          statement, 1, java.util.Date.class, java.sql.Date.valueOf("2024-03-06"), null);
      setStatementParameter(statement, 2, Integer.class, 1000, null);
      List<String> report = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          // JRResultSetDataSource reads each field with the getter of its class
          long id = rows.getLong("transaction_id");
          String campaign = rows.getString("campaign");
          BigDecimal amount = rows.getBigDecimal("amount");
          Timestamp created = rows.getTimestamp("created");
          boolean recurring = rows.getBoolean("is_recurring");
          report.add(id + " " + campaign + " " + amount + " " + created + " " + recurring);
        }
      }
      assertThat(report)
          .containsExactly(
              "102 Fun Ru 10.00 2024-03-06 12:00:00.0 false",
              "103 Spring 15.00 2024-03-07 12:00:00.0 true",
              "104 Fun Ru 20.00 2024-03-08 12:00:00.0 false");
      statement.cancel(); // cancelQuery()
    }
  }

  /** What JRJdbcQueryExecuter does with one report parameter, by the parameter's class. */
  private static void setStatementParameter(
      PreparedStatement statement, int index, Class<?> type, Object value, Calendar calendar)
      throws SQLException {
    if (Boolean.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.BIT, () -> statement.setBoolean(index, (Boolean) value));
    } else if (Byte.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.TINYINT, () -> statement.setByte(index, (Byte) value));
    } else if (Double.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.DOUBLE, () -> statement.setDouble(index, (Double) value));
    } else if (Float.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.FLOAT, () -> statement.setFloat(index, (Float) value));
    } else if (Integer.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.INTEGER, () -> statement.setInt(index, (Integer) value));
    } else if (Long.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.BIGINT, () -> statement.setLong(index, (Long) value));
    } else if (Short.class.isAssignableFrom(type)) {
      setOrNull(
          statement, index, value, Types.SMALLINT, () -> statement.setShort(index, (Short) value));
    } else if (BigDecimal.class.isAssignableFrom(type)) {
      setOrNull(
          statement,
          index,
          value,
          Types.DECIMAL,
          () -> statement.setBigDecimal(index, (BigDecimal) value));
    } else if (String.class.isAssignableFrom(type)) {
      setOrNull(
          statement,
          index,
          value,
          Types.VARCHAR,
          () -> statement.setString(index, value.toString()));
    } else if (Timestamp.class.isAssignableFrom(type)) {
      setOrNull(
          statement,
          index,
          value,
          Types.TIMESTAMP,
          () -> {
            if (calendar == null) {
              statement.setTimestamp(index, (Timestamp) value);
            } else {
              statement.setTimestamp(index, (Timestamp) value, calendar);
            }
          });
    } else if (Time.class.isAssignableFrom(type)) {
      setOrNull(
          statement,
          index,
          value,
          Types.TIME,
          () -> {
            if (calendar == null) {
              statement.setTime(index, (Time) value);
            } else {
              statement.setTime(index, (Time) value, calendar);
            }
          });
    } else if (java.util.Date.class.isAssignableFrom(type)) {
      setOrNull(
          statement,
          index,
          value,
          Types.DATE,
          () -> {
            java.sql.Date date = new java.sql.Date(((java.util.Date) value).getTime());
            if (calendar == null) {
              statement.setDate(index, date);
            } else {
              statement.setDate(index, date, calendar);
            }
          });
    } else {
      setOrNull(
          statement, index, value, Types.JAVA_OBJECT, () -> statement.setObject(index, value));
    }
  }

  /** A setter call that may throw SQLException. */
  @FunctionalInterface
  private interface Setter {
    void set() throws SQLException;
  }

  private static void setOrNull(
      PreparedStatement statement, int index, Object value, int nullType, Setter setter)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, nullType);
    } else {
      setter.set();
    }
  }
}
