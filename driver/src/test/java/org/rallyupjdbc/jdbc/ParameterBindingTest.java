package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Parameters bind as the type the SQL gives them, whatever setter the caller used: the binding
 * matrix of report tools (JasperReports binds by the Java class of its own parameter), JDBC 4.2
 * java.time values, and {@code setLong} for {@code LIMIT ?}. Each case runs a real query and checks
 * the rows it selects.
 */
class ParameterBindingTest {
  private static final String BY_ID = "transaction_id = ?";
  private static final String BY_AMOUNT = "transaction_gross_amount_value > ?";
  private static final String BY_CARD = "credit_card_last4 = ?";
  private static final String SINCE = "transaction_created_date >= ?";
  private static final String RECURRING = "is_recurring = ?";

  private final FakeRallyUp fake = new FakeRallyUp();

  /** Binds parameter 1; java.sql values are made when it runs, in the JVM's zone of the time. */
  @FunctionalInterface
  interface Binding {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @AfterEach
  void close() {
    fake.close();
  }

  static Stream<Arguments> matrix() {
    return Stream.of(
        // a BIGINT parameter
        row(BY_ID, "setLong", s -> s.setLong(1, 102), 102),
        row(BY_ID, "setInt", s -> s.setInt(1, 102), 102),
        row(BY_ID, "setShort", s -> s.setShort(1, (short) 102), 102),
        row(BY_ID, "setString", s -> s.setString(1, "102"), 102),
        row(BY_ID, "setString padded", s -> s.setString(1, " 102 "), 102),
        row(BY_ID, "setBigDecimal whole", s -> s.setBigDecimal(1, new BigDecimal("102.00")), 102),
        row(BY_ID, "setDouble whole", s -> s.setDouble(1, 102.0), 102),
        row(BY_ID, "setObject Long", s -> s.setObject(1, 102L), 102),
        row(BY_ID, "setObject String", s -> s.setObject(1, "102"), 102),
        row(BY_ID, "setObject String as VARCHAR", s -> s.setObject(1, "102", Types.VARCHAR), 102),
        row(BY_ID, "setObject with JDBCType", s -> s.setObject(1, 102, JDBCType.INTEGER), 102),
        row(BY_ID, "setNull BIGINT", s -> s.setNull(1, Types.BIGINT)),
        row(BY_ID, "setNull JAVA_OBJECT", s -> s.setNull(1, Types.JAVA_OBJECT)),
        row(BY_ID, "setObject null", s -> s.setObject(1, null)),
        // a DECIMAL parameter
        row(BY_AMOUNT, "setBigDecimal", s -> s.setBigDecimal(1, new BigDecimal("25.50")), 102),
        row(BY_AMOUNT, "setDouble", s -> s.setDouble(1, 25.49), 101, 102),
        row(BY_AMOUNT, "setInt", s -> s.setInt(1, 25), 101, 102),
        row(BY_AMOUNT, "setLong", s -> s.setLong(1, 26L), 102),
        row(BY_AMOUNT, "setString", s -> s.setString(1, "30"), 102),
        row(BY_AMOUNT, "setFloat", s -> s.setFloat(1, 25.5f), 102),
        // a VARCHAR parameter
        row(BY_CARD, "setString", s -> s.setString(1, "4242"), 101),
        row(BY_CARD, "setInt", s -> s.setInt(1, 4242), 101),
        row(BY_CARD, "setLong", s -> s.setLong(1, 4242L), 101),
        row(BY_CARD, "setBigDecimal", s -> s.setBigDecimal(1, new BigDecimal("4242")), 101),
        // a TIMESTAMP parameter
        row(
            SINCE,
            "setTimestamp",
            s -> s.setTimestamp(1, Timestamp.valueOf("2024-03-11 00:00:00")),
            102,
            103),
        row(SINCE, "setDate", s -> s.setDate(1, java.sql.Date.valueOf("2024-03-11")), 102, 103),
        row(SINCE, "setString date", s -> s.setString(1, "2024-03-11"), 102, 103),
        row(SINCE, "setString date-time", s -> s.setString(1, "2024-03-11 23:59:59"), 102, 103),
        row(SINCE, "setString ISO fraction", s -> s.setString(1, "2024-03-11T23:59:59.5"), 103),
        row(SINCE, "setObject LocalDate", s -> s.setObject(1, LocalDate.of(2024, 3, 11)), 102, 103),
        row(
            SINCE,
            "setObject LocalDateTime",
            s -> s.setObject(1, LocalDateTime.of(2024, 3, 11, 23, 59, 59)),
            102,
            103),
        row(
            SINCE,
            "setObject OffsetDateTime",
            s ->
                s.setObject(1, OffsetDateTime.of(2024, 3, 12, 1, 59, 59, 0, ZoneOffset.ofHours(2))),
            102,
            103),
        row(
            SINCE,
            "setObject OffsetDateTime one second late",
            s -> s.setObject(1, OffsetDateTime.of(2024, 3, 12, 2, 0, 0, 0, ZoneOffset.ofHours(2))),
            103),
        row(
            SINCE,
            "setObject Instant",
            s -> s.setObject(1, Instant.parse("2024-03-11T23:59:59Z")),
            102,
            103),
        row(
            SINCE,
            "setTimestamp with a UTC calendar",
            s ->
                s.setTimestamp(
                    1,
                    Timestamp.from(Instant.parse("2024-03-11T23:59:59Z")),
                    Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT)),
            102,
            103),
        row(
            SINCE,
            "setObject java.util.Date",
            s ->
                s.setObject(
                    1, new java.util.Date(Timestamp.valueOf("2024-03-11 23:59:59").getTime())),
            102,
            103),
        row(
            SINCE,
            "setObject Timestamp as DATE",
            s -> s.setObject(1, Timestamp.valueOf("2024-03-11 23:59:59"), Types.DATE),
            102,
            103),
        // a BOOLEAN parameter
        row(RECURRING, "setBoolean", s -> s.setBoolean(1, true), 101),
        row(RECURRING, "setString", s -> s.setString(1, "false"), 102),
        row(RECURRING, "setInt", s -> s.setInt(1, 1), 101));
  }

  private static Arguments row(String where, String setter, Binding binding, long... ids) {
    return Arguments.of(where, setter, binding, ids);
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("matrix")
  void bindsAsTheParameterType(String where, String setter, Binding binding, long[] ids)
      throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(selectedIds(connection, where, binding)).containsExactly(box(ids));
    }
  }

  @ParameterizedTest
  @MethodSource("zones")
  void dateTimesMeanTheSameInstantInEveryJvmZone(String zone) throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      for (Arguments arguments : matrix().filter(a -> SINCE.equals(a.get()[0])).toList()) {
        Object[] row = arguments.get();
        assertThat(selectedIds(connection, SINCE, (Binding) row[2]))
            .as("%s in %s", row[1], zone)
            .containsExactly(box((long[]) row[3]));
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  static Stream<String> zones() {
    return Stream.of("America/Denver", "Asia/Kolkata");
  }

  @Test
  void aLimitTakesAnyWholeNumber() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    String sql = "select transaction_id from donations order by transaction_id limit ?";
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      for (Binding binding :
          List.<Binding>of(
              s -> s.setLong(1, 2L),
              s -> s.setInt(1, 2),
              s -> s.setString(1, "2"),
              s -> s.setBigDecimal(1, BigDecimal.valueOf(2)),
              s -> s.setObject(1, 2L))) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          binding.bind(statement);
          assertThat(ids(statement)).containsExactly(101L, 102L);
        }
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select transaction_id from donations order by transaction_id"
                  + " offset ? rows fetch next ? rows only")) {
        statement.setLong(1, 1L);
        statement.setLong(2, 1L);
        assertThat(ids(statement)).containsExactly(102L);
      }
    }
  }

  @Test
  void aValueThatDoesNotFitItsParameterFailsWhenBoundNamingTheParameter() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement byId =
            connection.prepareStatement("select * from donations where " + BY_ID);
        PreparedStatement since =
            connection.prepareStatement("select * from donations where " + SINCE);
        PreparedStatement limit = connection.prepareStatement("select * from donations limit ?")) {
      assertDataError(
          () -> byId.setString(1, "abc"),
          "22018",
          "parameter 1 is BIGINT: cannot convert 'abc' (String) to a number");
      assertDataError(
          () -> byId.setBigDecimal(1, new BigDecimal("101.5")),
          "22018",
          "parameter 1 is BIGINT: cannot convert 101.5 (BigDecimal) to a whole number without"
              + " losing its fraction");
      assertDataError(
          () -> byId.setObject(1, LocalDate.of(2024, 1, 1)),
          "22018",
          "parameter 1 is BIGINT: cannot convert 2024-01-01 (LocalDate) to a number");
      assertDataError(
          () -> since.setString(1, "yesterday"),
          "22018",
          "parameter 1 is TIMESTAMP: cannot convert 'yesterday' (String) to a date-time"
              + " (yyyy-mm-dd hh:mm:ss)");
      assertDataError(
          () -> limit.setLong(1, 3_000_000_000L),
          "22003",
          "parameter 1 is INTEGER: numeric value out of range: 3000000000 is not between"
              + " -2147483648 and 2147483647");
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  private static void assertDataError(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String state, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(SQLDataException.class)
        .hasMessage(message)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo(state);
  }

  private static List<Long> selectedIds(Connection connection, String where, Binding binding)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select transaction_id from donations where " + where + " order by transaction_id")) {
      binding.bind(statement);
      return ids(statement);
    }
  }

  private static List<Long> ids(PreparedStatement statement) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private static Long[] box(long[] ids) {
    return Arrays.stream(ids).boxed().toArray(Long[]::new);
  }
}
