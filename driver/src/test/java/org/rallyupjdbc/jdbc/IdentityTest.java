package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Every object the driver hands out names the objects it came from, one wrapper per underlying
 * object: what pools and tools compare by identity holds.
 */
class IdentityTest {
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void objectsNameTheirParents() throws SQLException {
    fake.paged(
        "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":1,\"CampaignId\":2}]"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        PreparedStatement prepared = connection.prepareStatement("select * from donations")) {
      assertThat(statement.getConnection()).isSameAs(connection);
      assertThat(prepared.getConnection()).isSameAs(connection);
      assertThat(statement.execute("select * from donations")).isTrue();
      ResultSet rows = statement.getResultSet();
      assertThat(statement.getResultSet()).isSameAs(rows);
      assertThat(rows.getStatement()).isSameAs(statement);
      assertThat(prepared.executeQuery().getStatement()).isSameAs(prepared);
      assertThat(connection.unwrap(Connection.class)).isSameAs(connection);
      assertThat(statement.unwrap(Statement.class)).isSameAs(statement);
      assertThat(rows.unwrap(ResultSet.class)).isSameAs(rows);

      DatabaseMetaData metaData = connection.getMetaData();
      assertThat(connection.getMetaData()).isSameAs(metaData);
      assertThat(metaData.getConnection()).isSameAs(connection);
      for (ResultSet answer :
          List.of(
              metaData.getCatalogs(),
              metaData.getSchemas(),
              metaData.getTypeInfo(),
              metaData.getTables(null, null, "%", null),
              metaData.getProcedures(null, null, "%"),
              metaData.getClientInfoProperties())) {
        try (answer) {
          assertThat(answer.getStatement()).isNull();
        }
      }
    }
  }

  @Test
  void noThreadLocalCarriesDriverState() throws Exception {
    List<Path> roots =
        List.of(
            Path.of("src/main/java"), Path.of("../calcite-adapter/src/main/java/org/rallyupjdbc"));
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          assertThat(text)
              .as(file.toString())
              .doesNotContain("ThreadLocal<", "ThreadLocal.", "addThread(");
        }
      }
    }
  }
}
