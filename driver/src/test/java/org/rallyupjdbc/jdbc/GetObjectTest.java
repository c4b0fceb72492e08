package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * {@code ResultSet.getObject(column, Class)} (JDBC 4.2), which Avatica refuses for every class:
 * java.time values of TIMESTAMP columns are UTC wall-clock time whatever the JVM's zone, numbers
 * convert without loss or fail, and SQL NULL is null for every class.
 */
class GetObjectTest {
  static final String DONATIONS =
      "[{\"TransactionId\":101,\"CampaignId\":7,\"TransactionCreatedDate\":\"2024/03/10 08:30:00\","
          + "\"TransactionGrossAmount\":\"$25.50\",\"DonorFirstName\":\"Ann\",\"IsRecurring\":true,"
          + "\"CreditCardLast4\":\"4242\"},"
          + "{\"TransactionId\":102,\"CampaignId\":7,\"TransactionCreatedDate\":\"2024/03/11 23:59:59\","
          + "\"TransactionGrossAmount\":\"$100.00\",\"DonorFirstName\":\"Bob\",\"IsRecurring\":false},"
          + "{\"TransactionId\":103,\"CampaignId\":8,\"TransactionCreatedDate\":\"2024/04/01 00:00:00\"}]";
  private static final String QUERY =
      "select transaction_id, transaction_created_date, transaction_gross_amount_value,"
          + " donor_first_name, is_recurring from donations order by transaction_id";

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/Denver", "Pacific/Kiritimati"})
  void timestampsAreUtcWallClockTimeInEveryJvmZone(String zone) throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY)) {
      assertThat(rows.next()).isTrue();
      LocalDateTime wallClock = LocalDateTime.of(2024, 3, 10, 8, 30);
      assertThat(rows.getObject(2, LocalDateTime.class)).isEqualTo(wallClock);
      assertThat(rows.getObject("transaction_created_date", LocalDate.class))
          .isEqualTo(LocalDate.of(2024, 3, 10));
      assertThat(rows.getObject(2, LocalTime.class)).isEqualTo(LocalTime.of(8, 30));
      assertThat(rows.getObject(2, OffsetDateTime.class))
          .isEqualTo(wallClock.atOffset(ZoneOffset.UTC));
      assertThat(rows.getObject(2, ZonedDateTime.class))
          .isEqualTo(wallClock.atZone(ZoneOffset.UTC));
      assertThat(rows.getObject(2, Instant.class)).isEqualTo(Instant.parse("2024-03-10T08:30:00Z"));
      assertThat(rows.getObject(2, Timestamp.class)).isEqualTo(Timestamp.valueOf(wallClock));
      assertThat(rows.getObject(2, java.sql.Date.class))
          .isEqualTo(java.sql.Date.valueOf("2024-03-10"));
      assertThat(rows.getObject(2, String.class)).isEqualTo(rows.getString(2));
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void numbersTextAndFlagsConvertToTheBoxedTypes() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getObject(1, Long.class)).isEqualTo(101L);
      assertThat(rows.getObject(1, long.class)).isEqualTo(101L);
      assertThat(rows.getObject(1, Integer.class)).isEqualTo(101);
      assertThat(rows.getObject(1, Short.class)).isEqualTo((short) 101);
      assertThat(rows.getObject(1, Byte.class)).isEqualTo((byte) 101);
      assertThat(rows.getObject(1, BigDecimal.class)).isEqualTo(new BigDecimal(101));
      assertThat(rows.getObject(1, Double.class)).isEqualTo(101.0);
      assertThat(rows.getObject(1, String.class)).isEqualTo("101");
      assertThat(rows.getObject(3, BigDecimal.class)).isEqualByComparingTo("25.50");
      assertThat(rows.getObject(3, Double.class)).isEqualTo(25.5);
      assertThat(rows.getObject(3, Float.class)).isEqualTo(25.5f);
      assertThat(rows.getObject(3, String.class)).isEqualTo("25.50");
      assertThat(rows.getObject(4, String.class)).isEqualTo("Ann");
      assertThat(rows.getObject(5, Boolean.class)).isTrue();
      assertThat(rows.getObject(5, String.class)).isEqualTo("true");
      assertThat(rows.getObject(5, Integer.class)).isEqualTo(1);
      assertThat(rows.getObject(1, Object.class)).isEqualTo(rows.getObject(1));
      assertThat(rows.getObject(2, Timestamp.class)).isEqualTo(rows.getTimestamp(2));
      assertThat(rows.getObject("TRANSACTION_ID", Long.class)).isEqualTo(101L);
    }
  }

  @Test
  void sqlNullIsNullForEveryClass() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select transaction_gross_amount_value, donor_first_name, is_recurring,"
                    + " refund_date from donations where transaction_id = 103")) {
      assertThat(rows.next()).isTrue();
      for (Class<?> type :
          new Class<?>[] {
            BigDecimal.class,
            Long.class,
            Integer.class,
            Double.class,
            Boolean.class,
            String.class,
            LocalDateTime.class,
            LocalDate.class,
            OffsetDateTime.class,
            Instant.class,
            Timestamp.class
          }) {
        for (int column = 1; column <= 4; column++) {
          assertThat(rows.getObject(column, type)).as("%s as %s", column, type).isNull();
          assertThat(rows.wasNull()).isTrue();
        }
      }
    }
  }

  @Test
  void valuesThatDoNotConvertFailWith22018Or22003AndUnknownClassesWith0A000() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY)) {
      assertThat(rows.next()).isTrue();
      Map<Integer, Class<?>> lossy =
          Map.of(3, Long.class, 4, Integer.class, 1, LocalDateTime.class);
      lossy.forEach(
          (column, type) ->
              assertThatThrownBy(() -> rows.getObject(column, type))
                  .isInstanceOf(SQLDataException.class)
                  .extracting(e -> ((SQLException) e).getSQLState())
                  .isEqualTo("22018"));
      assertThatThrownBy(() -> rows.getObject(4, Long.class))
          .hasMessage("cannot convert 'Ann' (String) to a number");
      assertThatThrownBy(() -> rows.getObject(3, Integer.class))
          .hasMessage(
              "cannot convert 25.50 (BigDecimal) to a whole number without losing its fraction");
      assertThatThrownBy(() -> rows.getObject(1, UUID.class))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("0A000");
    }
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select 300 * transaction_id as big from donations")) {
      assertThat(rows.next()).isTrue();
      assertThatThrownBy(() -> rows.getObject(1, Byte.class))
          .isInstanceOf(SQLDataException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("22003");
    }
  }
}
