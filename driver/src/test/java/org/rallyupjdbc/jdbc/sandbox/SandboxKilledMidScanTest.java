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
 * The API going away in the middle of a scan fails the statement as a broken connection (08006),
 * soon and well before the query timeout; it never ends the scan as if the table had ended.
 */
class SandboxKilledMidScanTest {
  private static final int ROWS_BEFORE_KILL = 200;

  @Test
  void aScanWhoseServerDiesFailsWith08006InsteadOfEndingShort() throws Exception {
    Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(50));
    long killed = 0;
    long rows = 0;
    // 20 rows a page: the 20,000 donations take 1,000 requests, over 10 s at 50 ms and 4 at once
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=20;cacheTtlSeconds=0",
                SandboxHttp.login(Api.ORGANIZATION));
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(10);
      try (ResultSet resultSet = statement.executeQuery("select transaction_id from donations")) {
        while (resultSet.next()) {
          if (++rows == ROWS_BEFORE_KILL) {
            killed = System.nanoTime();
            sandbox.close();
          }
        }
      }
      throw new AssertionError(
          "the scan ended after " + rows + " rows as if the table had ended, without an error");
    } catch (SQLException e) {
      long millis = (System.nanoTime() - killed) / 1_000_000;
      assertThat(killed).as("failed only after the kill: " + e).isPositive();
      assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("08006");
      assertThat(e.getMessage()).contains("GET /v2/api/listdonations?pageIndex=");
      // four retries of a refused connection wait at most 3.75 s in all
      assertThat(millis)
          .as("failed soon after the kill, not at the 10 s timeout")
          .isLessThan(7_000);
    } finally {
      if (killed == 0) {
        sandbox.close();
      }
    }
  }
}
