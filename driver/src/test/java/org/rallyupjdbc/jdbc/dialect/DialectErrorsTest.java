package org.rallyupjdbc.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the dialect does not support fails well: a 42xxx, 0A000 or 22xxx SQLState, never null; a
 * message that names the construct and, where there is one, the supported way to write it; no
 * planner dump.
 */
class DialectErrorsTest {
  private static FakeApiConnection api;
  private static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    api = new FakeApiConnection();
    connection = api.connection();
  }

  @AfterAll
  static void close() throws SQLException {
    api.close();
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "SELECT TOP 5 x FROM (VALUES (1)) AS t(x)",
            "42000",
            "SELECT x FROM (VALUES (1)) AS t(x) LIMIT 5"),
        Arguments.of(
            "select distinct top (3) x from (values (1)) as t(x);",
            "42000",
            "select distinct x from (values (1)) as t(x) LIMIT 3"),
        Arguments.of(
            "SELECT DISTINCT ON (x) x FROM (VALUES (1)) AS t(x)", "0A000", "ROW_NUMBER() OVER"),
        Arguments.of(
            "SELECT TIMESTAMP '2024-01-01 00:00:00' - INTERVAL '7 days'",
            "42000",
            "INTERVAL '7' DAY"),
        Arguments.of("SELECT REGEXP_MATCHES('abc', 'b')", "42000", "x ~ 'pattern'"),
        Arguments.of("SELECT NO_SUCH_FUNCTION(1)", "42000", "docs/sql.md"),
        Arguments.of("SELECT GETDATE()", "42000", "NOW()"),
        Arguments.of(
            "SELECT DATE '2024-03-10' - DATE '2024-03-01'", "42000", "DATEDIFF(day, a, b)"),
        Arguments.of("SELECT TIMESTAMP '2024-03-10 00:00:00' + 1", "42000", "INTERVAL '1' DAY"),
        Arguments.of(
            "SELECT DATE_TRUNC('fortnight', DATE '2024-03-10')", "22023", "'fortnight' is not"),
        Arguments.of(
            "SELECT DATE_TRUNC(u, DATE '2024-03-10') FROM (VALUES ('day')) AS t(u)",
            "0A000",
            "literal"),
        Arguments.of(
            "SELECT PERCENTILE_CONT(1.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) AS t(x)",
            "22003",
            "not between 0 and 1"),
        Arguments.of(
            "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x, y)"
                + " FROM (VALUES (1, 2)) AS t(x, y)",
            "42000",
            "ORDER BY one expression"),
        Arguments.of("SELECT campaign_type, COUNT(*) FROM donations GROUP BY 3", "42000", "3"),
        Arguments.of("SELECT 1 / 0", "22012", "division by zero"),
        Arguments.of("SELECT CAST('abc' AS INTEGER)", "22018", "abc"),
        Arguments.of("SELECT MEDIAN(x) FROM (VALUES ('abc')) AS t(x)", "22018", "abc"),
        Arguments.of("SELECT 'abc' ~ '('", "2201B", "invalid regular expression"),
        Arguments.of("SELECT TO_TIMESTAMP('garbage', 'YYYY')", "22007", "garbage"),
        Arguments.of("SELECT LPAD('x', -1, 'a')", "22023", "must not be negative"),
        Arguments.of("SELECT 'maybe'::boolean", "22023", "maybe"),
        Arguments.of(
            "SELECT campaign_type, transaction_id FROM donations GROUP BY campaign_type",
            "42000",
            "transaction_id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failsWithAStateAndAMessageThatHelps(String sql, String state, String advice) {
    SQLException e = catchThrowableOfType(SQLException.class, () -> run(sql));
    assertThat(e != null).as("%s fails", sql).isTrue();
    assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state);
    assertThat(e.getMessage())
        .contains(advice)
        .doesNotContain("rowcount =", "Set#", "RelSubset", "at org.apache");
  }

  private static void run(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }
}
