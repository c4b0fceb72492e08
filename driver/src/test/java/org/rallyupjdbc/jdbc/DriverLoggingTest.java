package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rallyupjdbc.testing.FakeRallyUp;

/** {@code logLevel} and {@code logFile} turn on the request trace without JVM flags. */
class DriverLoggingTest {
  private static final Logger DRIVER_LOGGER = Logger.getLogger("org.rallyupjdbc");

  @AfterEach
  void restore() {
    DriverLogging.reset();
  }

  @Test
  void debugWritesEachRequestToTheFileWithoutSecrets(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("driver.log");
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":7,\"CampaignId\":1}]"));
      try (Connection connection =
              DriverManager.getConnection(fake.jdbcUrl(";logLevel=debug;logFile=" + log));
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select transaction_id from donations")) {
        assertThat(rows.next()).isTrue();
      }
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("GET /v2/api/listdonations?")
        .contains("-> 200 in")
        .as("sizes are trace's")
        .doesNotContain(" bytes in ")
        .doesNotContain(FakeRallyUp.SECRET)
        .doesNotContain(FakeRallyUp.TOKEN);
    assertThat(DRIVER_LOGGER.getLevel()).isEqualTo(Level.FINE);
  }

  @Test
  void traceAddsEachRequestsSize(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("driver.log");
    long bytes;
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":7,\"CampaignId\":1}]"));
      try (Connection connection =
              DriverManager.getConnection(fake.jdbcUrl(";logLevel=trace;logFile=" + log));
          Statement statement = connection.createStatement()) {
        statement.executeQuery("select transaction_id from donations").close();
        try (ResultSet sent =
            statement.executeQuery(
                "select bytes from rallyup_meta.requests"
                    + " where target = '/v2/api/listdonations?pageIndex=1&pageSize=100'")) {
          assertThat(sent.next()).isTrue();
          bytes = sent.getLong(1);
        }
      }
    }
    assertThat(bytes).isPositive();
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=100 -> 200, " + bytes + " bytes in ")
        .doesNotContain(FakeRallyUp.SECRET)
        .doesNotContain(FakeRallyUp.TOKEN);
  }

  @Test
  void offSilencesTheDriverAndUnsetLeavesTheApplicationsLevel() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      DriverManager.getConnection(fake.jdbcUrl("")).close();
      assertThat(DRIVER_LOGGER.getLevel()).isNull();
      DriverManager.getConnection(fake.jdbcUrl(";logLevel=OFF")).close();
      assertThat(DRIVER_LOGGER.getLevel()).isEqualTo(Level.OFF);
    }
  }

  @Test
  void anUnknownLevelOrAnUnwritableFileFailsTheConnection(@TempDir Path dir) throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      assertThatThrownBy(() -> DriverManager.getConnection(fake.jdbcUrl(";logLevel=loud")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("'logLevel' must be off, info, debug or trace")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08001");
      String missing = dir.resolve("no-such-dir").resolve("driver.log").toString();
      assertThatThrownBy(
              () -> DriverManager.getConnection(fake.jdbcUrl(";logLevel=info;logFile=" + missing)))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("'logFile'");
    }
  }
}
