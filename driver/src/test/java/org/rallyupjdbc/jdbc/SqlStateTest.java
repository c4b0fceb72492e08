package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/** Every failure while a statement runs reaches the caller with its SQLState and subclass. */
class SqlStateTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":989,\"CampaignId\":1144},{\"TransactionId\":990,\"CampaignId\":1144}]";

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  private SQLException failure(String extra, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(extra))) {
      Sql.rows(connection, sql);
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("no SQLException for " + sql);
  }

  private static void assertState(SQLException e, Class<?> type, String state, int vendorCode) {
    assertThat(type.isInstance(e)).as("%s is a %s", e, type.getSimpleName()).isTrue();
    assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state);
    assertThat(e.getErrorCode()).isEqualTo(vendorCode);
    assertThat(e.getMessage()).doesNotContain(FakeRallyUp.SECRET, FakeRallyUp.TOKEN);
  }

  @Test
  void aRejectedReadyTokenIs28000AtConnect() {
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    SQLException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=stale"));
    assertState(e, SQLInvalidAuthorizationSpecException.class, "28000", 401);
  }

  @Test
  void forbiddenIs42501() throws SQLException {
    fake.route("/v2/api/listdonations", r -> FakeRallyUp.json(403, FakeRallyUp.error("No access")));
    assertState(
        failure("", "select * from donations"), SQLSyntaxErrorException.class, "42501", 403);
  }

  @Test
  void noAnsweringPathIs42S02() throws SQLException {
    assertState(
        failure("", "select * from donations"), SQLSyntaxErrorException.class, "42S02", 404);
  }

  @Test
  void aRejectedParameterIs22023() throws SQLException {
    fake.route("/v2/api/listdonations", r -> FakeRallyUp.json(400, FakeRallyUp.error("Bad page")));
    assertState(failure("", "select * from donations"), SQLDataException.class, "22023", 400);
  }

  @Test
  void serverErrorsAfterRetriesAre08006AndRateLimitsAre53000() throws SQLException {
    fake.route("/v2/api/listdonations", r -> FakeRallyUp.json(503, FakeRallyUp.error("Busy")));
    assertState(
        failure(";maxRetries=0", "select * from donations"),
        SQLTransientConnectionException.class,
        "08006",
        503);
    fake.route("/v2/api/listdonations", r -> FakeRallyUp.json(429, FakeRallyUp.error("Slow down")));
    assertState(
        failure(";maxRetries=0", "select * from donations"),
        SQLTransientException.class,
        "53000",
        429);
  }

  @Test
  void aMalformedBodyIsXX000() throws SQLException {
    fake.body("/v2/api/listdonations", 200, "<html>oops</html>");
    assertState(
        failure("", "select * from donations"), SQLNonTransientException.class, "XX000", 200);
  }

  @Test
  void aValueThatDoesNotFitIs22018() throws SQLException {
    fake.paged(
        "/v2/api/listdonations",
        FakeRallyUp.records("[{\"TransactionId\":\"x1\",\"CampaignId\":1}]"));
    SQLException e = failure("", "select transaction_id from donations");
    assertState(e, SQLDataException.class, "22018", 200);
    assertThat(e.getMessage())
        .contains("rallyup.donations.transaction_id: value \"x1\" is not a number");
  }

  @Test
  void aMissingRequiredConditionIs42000() throws SQLException {
    SQLException e = failure("", "select * from users");
    assertState(e, SQLSyntaxErrorException.class, "42000", 0);
    assertThat(e.getMessage())
        .contains("SELECT * FROM rallyup.users WHERE email = 'someone@example.org'");
  }

  @Test
  void unknownTablesColumnsAndBadSyntaxAre42() throws SQLException {
    assertState(failure("", "select * from donors"), SQLSyntaxErrorException.class, "42S02", 0);
    assertState(
        failure("", "select shoe_size from donations"), SQLSyntaxErrorException.class, "42S22", 0);
    assertState(failure("", "select from where"), SQLSyntaxErrorException.class, "42000", 0);
    assertThat(fake.apiRequests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "insert into donations (transaction_id) values (1)",
        "  UPDATE donations SET comment = 'x'",
        "delete from nowhere",
        "/* tidy */ drop table donations",
        "-- new\ncreate table t (a int)",
        "(merge into donations using campaigns on true when matched then delete)"
      })
  void changesAreRefusedBeforePlanningWith0A000(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute(sql))
          .isInstanceOf(SQLFeatureNotSupportedException.class)
          .hasMessageStartingWith("rallyup-jdbc is read-only: ")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("0A000");
      assertThatThrownBy(() -> connection.prepareStatement(sql))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThat(connection.nativeSQL(sql)).isEqualTo(sql);
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void aTrailingSemicolonIsAccepted() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(connection, "select count(*) as n from donations ; ", "n=2");
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select transaction_id from donations where transaction_id = ?;"); ) {
        statement.setLong(1, 990);
        try (ResultSet rows = statement.executeQuery()) {
          assertThat(Sql.render(rows)).containsExactly("transaction_id=990");
        }
      }
    }
  }

  @Test
  void aCancelledStatementIsHY008() throws SQLException {
    fake.paged(
        "/v2/api/listdonations",
        FakeRallyUp.records(
            IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "{\"TransactionId\":" + i + ",\"CampaignId\":1}")
                .toList()
                .toString()));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";pageSize=5"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select transaction_id from donations")) {
      assertThat(rows.next()).isTrue();
      statement.cancel();
      SQLException e =
          org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> drain(rows));
      assertThat(e.getSQLState()).isEqualTo("HY008");
    }
    assertThat(fake.apiRequests()).hasSizeLessThan(10);
  }

  @Test
  void wrappedObjectsLeadBackToEachOtherAndUnwrapToCalcite() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from donations")) {
      assertThat(statement.getConnection()).isSameAs(connection);
      assertThat(rows.getStatement()).isSameAs(statement);
      assertThat(connection.getMetaData().getConnection()).isSameAs(connection);
      assertThat(connection.isWrapperFor(CalciteConnection.class)).isTrue();
      assertThat(connection.unwrap(CalciteConnection.class).getSchema()).isEqualTo("rallyup");
      assertThat(List.of(connection)).contains(connection);
    }
  }

  private static void drain(ResultSet rows) throws SQLException {
    while (rows.next()) {
      rows.getLong(1);
    }
  }
}
