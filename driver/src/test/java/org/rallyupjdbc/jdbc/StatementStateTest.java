package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * A statement's state reaches its scans with no thread involved: statements interleaved on one
 * thread, and rows read on another thread than the one that executed, each keep their own id in the
 * request log and their own row limit.
 */
class StatementStateTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":1,\"CampaignId\":7},{\"TransactionId\":2,\"CampaignId\":7},"
          + "{\"TransactionId\":3,\"CampaignId\":8},{\"TransactionId\":4,\"CampaignId\":8}]";

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  private static long id(Statement statement) throws SQLException {
    return statement.unwrap(RallyUpStatement.class).state.id();
  }

  @Test
  void interleavedAndThreadHoppingStatementsKeepTheirOwnState() throws Exception {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    // one record per page, no cache: every row read is a request made while iterating
    try (Connection connection =
            DriverManager.getConnection(fake.jdbcUrl(";pageSize=1;cacheTtlSeconds=0"));
        Statement limited = connection.createStatement();
        Statement hopping = connection.createStatement()) {
      limited.setMaxRows(2);
      ResultSet few = limited.executeQuery("select transaction_id from donations");
      ResultSet all = hopping.executeQuery("select transaction_id from donations");
      assertThat(few.next()).isTrue();
      assertThat(all.next()).isTrue();
      int rest = CompletableFuture.supplyAsync(() -> count(all)).get();
      assertThat(rest).isEqualTo(3);
      assertThat(few.next()).isTrue();
      assertThat(few.next()).isFalse();
      few.close();
      all.close();
      List<String> ids =
          Sql.rows(
              connection,
              "select statement_id, count(*) as requests from rallyup_meta.requests"
                  + " group by statement_id order by statement_id");
      assertThat(ids)
          .containsExactly(
              "statement_id=" + id(limited) + "; requests=2",
              "statement_id=" + id(hopping) + "; requests=4");
      assertThat(connection.unwrap(RallyUpConnection.class).registry().size())
          .as("the two statements, no plan left bound")
          .isEqualTo(2);
    }
  }

  private static int count(ResultSet rows) {
    try {
      int n = 0;
      while (rows.next()) {
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
