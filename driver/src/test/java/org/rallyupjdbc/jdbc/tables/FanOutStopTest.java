package org.rallyupjdbc.jdbc.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.partner;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.serve;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.text;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * A fan-out stopped by {@code setMaxRows} or {@code Statement.cancel()} abandons the listings in
 * flight instead of waiting for them, and starts no other. The partner fixture lists five
 * organizations; the campaigns of the first answer at once, every other listing hangs until the
 * test ends.
 */
class FanOutStopTest {
  private static final String FIRST = "2102183";
  private final CountDownLatch release = new CountDownLatch(1);
  private FakeRallyUp fake;

  @BeforeEach
  void startFake() {
    fake = new FakeRallyUp();
    serve(fake, "/v1/partnerapi/organizations", "partner/organizations.json");
    String campaigns = text("partner/campaigns.json");
    fake.route(
        "/v1/partnerapi/campaigns",
        request -> {
          if (!FIRST.equals(request.getUrl().queryParameter("organizationID"))) {
            await();
          }
          return FakeRallyUp.status(200, campaigns);
        });
  }

  @AfterEach
  void stopFake() {
    release.countDown();
    fake.close();
  }

  private void await() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long campaignRequests() {
    return fake.apiRequests().stream().filter(r -> r.contains("/campaigns?")).count();
  }

  @Test
  void maxRowsStopsTheFanOutWithoutWaitingForTheListingsInFlight() throws Exception {
    try (Connection connection = partner(fake)) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> {
            try (Statement statement = connection.createStatement()) {
              statement.setMaxRows(1);
              try (ResultSet rows = statement.executeQuery("SELECT id, name FROM campaigns")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.next()).isFalse();
              }
            }
          });
      long started = campaignRequests();
      Thread.sleep(300);
      // the first listing and at most the three others of maxConcurrentRequests=4, never more
      assertThat(campaignRequests()).isEqualTo(started).isBetween(1L, 4L);
    }
  }

  @Test
  void cancelStopsAHangingFanOutAndStartsNoOtherListing() throws Exception {
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try (Connection connection = partner(fake);
        Statement statement = connection.createStatement()) {
      Future<?> query =
          runner.submit(
              () -> {
                try (ResultSet rows = statement.executeQuery("SELECT id, name FROM campaigns")) {
                  while (rows.next()) {
                    rows.getString(2);
                  }
                }
                return null;
              });
      while (campaignRequests() < 2) {
        Thread.sleep(10);
      }
      statement.cancel();
      assertThatThrownBy(() -> query.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(SQLException.class)
          .cause()
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HY008"));
      long started = campaignRequests();
      Thread.sleep(300);
      // the first listing, answered, and at most maxConcurrentRequests=4 hanging ones
      assertThat(campaignRequests()).isEqualTo(started).isLessThanOrEqualTo(5L);
    } finally {
      runner.shutdownNow();
    }
  }
}
