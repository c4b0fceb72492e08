package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * What tools and pools do to a connection and its statements succeeds on this read-only,
 * transaction-less driver: auto-commit, commit and rollback, read-only, isolation, client info, the
 * maximum field size, and requests for scrollable or updatable result sets.
 */
class ConnectionBehaviourTest {
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void transactionsAreHarmlessNoOps() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(connection.getAutoCommit()).isTrue();
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(false);
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(true);
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(connection.getMetaData().supportsTransactions()).isFalse();
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void theConnectionIsAlwaysReadOnly() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(connection.isReadOnly()).isTrue();
      connection.setReadOnly(false);
      assertThat(connection.isReadOnly()).isTrue();
      connection.setReadOnly(true);
      assertThat(connection.isReadOnly()).isTrue();
      assertThat(connection.getMetaData().isReadOnly()).isTrue();
    }
  }

  @Test
  void anyIsolationLevelIsAcceptedAndNoneReported() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      for (int level :
          new int[] {
            Connection.TRANSACTION_READ_UNCOMMITTED,
            Connection.TRANSACTION_READ_COMMITTED,
            Connection.TRANSACTION_REPEATABLE_READ,
            Connection.TRANSACTION_SERIALIZABLE,
            Connection.TRANSACTION_NONE
          }) {
        connection.setTransactionIsolation(level);
        assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
      }
      assertThatThrownBy(() -> connection.setTransactionIsolation(42))
          .isInstanceOf(SQLException.class)
          .hasMessage("not a transaction isolation level: 42");
    }
  }

  @Test
  void clientInfoIsKept() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      connection.setClientInfo("ApplicationName", "DBeaver 24.2");
      assertThat(connection.getClientInfo("ApplicationName")).isEqualTo("DBeaver 24.2");
      Properties all = new Properties();
      all.setProperty("ClientUser", "ann");
      connection.setClientInfo(all);
      assertThat(connection.getClientInfo()).containsOnlyKeys("ClientUser");
      connection.setClientInfo("ClientUser", null);
      assertThat(connection.getClientInfo()).isEmpty();
      try (ResultSet properties = connection.getMetaData().getClientInfoProperties()) {
        assertThat(properties.next()).isFalse();
      }
    }
  }

  @Test
  void aMaximumFieldSizeCutsTextOnly() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement(
                "select donor_first_name, transaction_id * 1000 as big"
                    + " from donations where transaction_id = 102")) {
      statement.setMaxFieldSize(2);
      assertThat(statement.getMaxFieldSize()).isEqualTo(2);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Bo");
        assertThat(rows.getObject("donor_first_name")).isEqualTo("Bo");
        assertThat(rows.getObject(1, String.class)).isEqualTo("Bo");
        assertThat(rows.getString(2)).isEqualTo("102000");
      }
      statement.setMaxFieldSize(0);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Bob");
      }
      assertThatThrownBy(() -> statement.setMaxFieldSize(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aPreparedStatementStopsAtItsMaximumRowsSetAfterPreparing() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement(
                "select transaction_id from donations order by transaction_id")) {
      statement.setMaxRows(2);
      assertThat(statement.getMaxRows()).isEqualTo(2);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(Sql.render(rows)).containsExactly("transaction_id=101", "transaction_id=102");
      }
      statement.setMaxRows(0);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(Sql.render(rows)).hasSize(3);
      }
      assertThatThrownBy(() -> statement.setMaxRows(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void scrollableOrUpdatableBecomesForwardOnlyReadOnlyWithAWarning() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(GetObjectTest.DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat((Object) connection.getWarnings()).isNull();
      try (Statement statement =
          connection.createStatement(
              ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE)) {
        assertThat(statement.getResultSetType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
        assertThat(statement.getResultSetConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
        try (ResultSet rows = statement.executeQuery("select count(*) from donations")) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getLong(1)).isEqualTo(3);
        }
      }
      SQLWarning warning = connection.getWarnings();
      assertThat(warning.getSQLState()).isEqualTo("01S02");
      assertThat(warning.getMessage()).contains("forward-only");
      assertThat(warning.getNextWarning().getMessage()).contains("read-only");
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select 1 from donations",
              ResultSet.TYPE_SCROLL_SENSITIVE,
              ResultSet.CONCUR_READ_ONLY)) {
        assertThat(statement.getResultSetType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
      }
      connection.clearWarnings();
      assertThat((Object) connection.getWarnings()).isNull();
      assertThat(connection.getMetaData().supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE))
          .isFalse();
    }
  }

  @Test
  void theTypeMapIsEmpty() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(connection.getTypeMap()).isEmpty();
      connection.setTypeMap(new java.util.HashMap<>());
      assertThatThrownBy(() -> connection.setTypeMap(java.util.Map.of("point", Object.class)))
          .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class);
    }
  }

  @Test
  void aClosedConnectionSays08003() throws SQLException {
    Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
    connection.close();
    assertThatThrownBy(connection::commit)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08003");
    assertThatThrownBy(connection::isReadOnly).isInstanceOf(SQLException.class);
  }
}
