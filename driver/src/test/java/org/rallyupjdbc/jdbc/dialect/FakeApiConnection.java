package org.rallyupjdbc.jdbc.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.rallyupjdbc.testing.FakeRallyUp;

/** A driver connection to an empty fake API: enough for SQL over literals and VALUES. */
final class FakeApiConnection implements AutoCloseable {
  private final FakeRallyUp fake = new FakeRallyUp();
  private final Connection connection;

  FakeApiConnection() throws SQLException {
    connection = DriverManager.getConnection(fake.jdbcUrl(""));
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      fake.close();
    }
  }
}
