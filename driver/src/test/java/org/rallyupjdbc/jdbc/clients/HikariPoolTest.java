package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The real HikariCP pool in front of the driver: four read-only connections shared by eight threads
 * that borrow, query and return them. No connection is evicted as broken (the pool's validity
 * checks hold, whatever schema a borrower left current) and none leaks.
 */
class HikariPoolTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":1,\"CampaignId\":7},{\"TransactionId\":2,\"CampaignId\":7}]";

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void eightThreadsShareAPoolOfFour() throws Exception {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(fake.jdbcUrl(""));
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(4);
    config.setReadOnly(true);
    config.setAutoCommit(true);
    config.setLeakDetectionThreshold(10_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      // the driver's connections under the pool's proxies: an eviction would show as a fifth
      Set<Connection> physical = ConcurrentHashMap.newKeySet();
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> work = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
          boolean switchesSchema = thread % 2 == 0;
          work.add(
              threads.submit(
                  () -> {
                    int rows = 0;
                    for (int borrow = 0; borrow < 10; borrow++) {
                      try (Connection connection = pool.getConnection();
                          Statement statement = connection.createStatement()) {
                        physical.add(connection.unwrap(Connection.class));
                        assertThat(connection.isReadOnly()).isTrue();
                        if (switchesSchema) {
                          connection.setSchema("rallyup_meta");
                        }
                        try (ResultSet results =
                            statement.executeQuery("select * from rallyup.donations")) {
                          while (results.next()) {
                            rows++;
                          }
                        }
                      }
                    }
                    return rows;
                  }));
        }
        for (Future<Integer> done : work) {
          assertThat(done.get()).isEqualTo(20);
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(physical).as("none evicted and replaced").hasSizeBetween(1, 4);
      for (Connection connection : physical) {
        assertThat(connection.isClosed()).as("none closed by the pool").isFalse();
      }
      assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("none leaked").isZero();
    }
  }
}
