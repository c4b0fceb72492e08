package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * A pooled connection outlives its tokens: with a login the driver renews a token before it
 * expires, so a connection idle past the token's life is still valid and its next query works
 * without a 401. And {@code readTimeout} cuts an answer that does not come.
 */
class TokenLifetimeTest {
  private static long count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM teams")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static int answered(Sandbox sandbox, String key, String name) throws Exception {
    return SandboxHttp.json(new SandboxHttp(sandbox).get("/_sandbox/stats", null))
        .get(key)
        .path(name)
        .asInt();
  }

  @Test
  void withALoginAConnectionIdlePastTheTokensLifeIsStillValidAndWorks() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withTokenTtlSeconds(2));
        Connection connection =
            DriverManager.getConnection(
                "jdbc:rallyup:baseUrl=" + sandbox.baseUrl(), SandboxHttp.login(Api.ORGANIZATION))) {
      long teams = count(connection);
      Thread.sleep(2_500);
      assertThat(connection.isValid(5)).isTrue();
      Thread.sleep(2_500);
      assertThat(count(connection)).isEqualTo(teams);
      assertThat(answered(sandbox, "byPath", "/v1/token")).as("logins").isGreaterThanOrEqualTo(3);
      assertThat(answered(sandbox, "byStatus", "401"))
          .as("requests sent with a dead token")
          .isZero();
    }
  }

  @Test
  void aReadTimeoutCutsAResponseThatDoesNotCome() throws Exception {
    // a ready token is proved by one request at connect, which meets the slow answer
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withLatencyMs(8_000).withStaticToken("read-timeout-t"))) {
      long start = System.nanoTime();
      SQLException e = null;
      try (Connection connection =
          DriverManager.getConnection(
              "jdbc:rallyup:baseUrl="
                  + sandbox.baseUrl()
                  + ";readTimeout=1;maxRetries=0;password=read-timeout-t")) {
        count(connection);
      } catch (SQLException failed) {
        e = failed;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(e != null).as("connecting failed").isTrue();
      assertThat(e.getSQLState()).isEqualTo("08001");
      assertThat(e.getMessage()).containsIgnoringCase("timeout");
      assertThat(millis).as("cut after the 1 s read timeout, not the 8 s answer").isLessThan(5_000);
    }
  }
}
