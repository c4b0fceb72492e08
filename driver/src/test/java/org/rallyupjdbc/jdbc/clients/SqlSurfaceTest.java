package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.RallyUpDriver;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * The rest of the client checklist that no single client sequence covers: the service registration,
 * the SQL forms report tools and BI tools send (JDBC escapes, row limits in every spelling),
 * prepared-statement metadata before execution, and the update count after a query.
 */
class SqlSurfaceTest {
  private final FakeRallyUp fake = ClientFixtures.fake();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void theDriverIsAJava6Service() {
    assertThat(ServiceLoader.load(Driver.class))
        .anyMatch(driver -> driver.getClass() == RallyUpDriver.class);
  }

  @Test
  void jdbcEscapes() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(
          connection,
          "select {fn UCASE(donor_first_name)} as name, {d '2024-03-07'} as d,"
              + " {ts '2024-03-07 12:00:00'} as ts from donations"
              + " where transaction_created_date = {ts '2024-03-07 12:00:00'}",
          "name=ALICE; d=2024-03-07; ts=2024-03-07 12:00:00");
    }
  }

  @Test
  void rowLimitsInEverySpelling() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      String ordered = "select transaction_id from donations order by transaction_id";
      Sql.assertRows(connection, ordered + " limit 2", "transaction_id=101", "transaction_id=102");
      Sql.assertRows(connection, ordered + " limit 1 offset 2", "transaction_id=103");
      Sql.assertRows(connection, ordered + " fetch first 1 rows only", "transaction_id=101");
      Sql.assertRows(
          connection, ordered + " offset 11 rows fetch next 5 rows only", "transaction_id=112");
    }
  }

  @Test
  void aPreparedStatementDescribesItselfBeforeItRuns() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement(
                "select campaign_id, count(*) as n from donations where is_recurring = ?"
                    + " group by campaign_id")) {
      ResultSetMetaData meta = statement.getMetaData();
      assertThat(meta.getColumnCount()).isEqualTo(2);
      assertThat(meta.getColumnLabel(2)).isEqualTo("n");
      assertThat(meta.getColumnTypeName(2)).isEqualTo("BIGINT");
      assertThat(statement.getParameterMetaData().getParameterTypeName(1)).isEqualTo("BOOLEAN");
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void aQueryHasNoUpdateCount() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement()) {
      assertThat(statement.execute("select count(*) from donations")).isTrue();
      assertThat(Sql.render(statement.getResultSet())).containsExactly("count=12");
      assertThat(statement.getUpdateCount()).isEqualTo(-1);
      assertThat(statement.getMoreResults()).isFalse();
    }
  }
}
