package org.rallyupjdbc.bench.soak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * One worker thread: until the deadline, borrows a connection from the pool, runs the next
 * statement of the mix (cancelling it from another thread or under a query timeout when its kind
 * says so), compares the result with H2's and counts the outcome.
 */
final class Worker implements Runnable {
  private final DataSource pool;
  private final QueryMix mix;
  private final Expected expected;
  private final Tally tally;
  private final ScheduledExecutorService canceller;
  private final SplittableRandom seeds;
  private final long deadlineNanos;

  Worker(
      DataSource pool,
      QueryMix mix,
      Expected expected,
      Tally tally,
      ScheduledExecutorService canceller,
      long seed,
      long deadlineNanos) {
    this.pool = pool;
    this.mix = mix;
    this.expected = expected;
    this.tally = tally;
    this.canceller = canceller;
    this.seeds = new SplittableRandom(seed);
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void run() {
    while (System.nanoTime() < deadlineNanos) {
      runOne(mix.query(seeds.nextLong()));
    }
  }

  /** Runs one statement and counts its outcome. */
  void runOne(SoakQuery query) {
    try {
      execute(query);
    } catch (SQLException e) {
      if (!tally.error(query.kind(), e.getSQLState())) {
        tally.failure("unexpected SQLState " + e.getSQLState() + " (" + e + ") from " + query);
      }
    } catch (RuntimeException e) {
      tally.failure("runtime exception out of the driver: " + e + " from " + query);
    }
  }

  private void execute(SoakQuery query) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setMaxRows(query.maxRows());
      if (query.kind() == QueryKind.TIMEOUT) {
        statement.setQueryTimeout(1);
      }
      ScheduledFuture<?> cancel = null;
      if (query.kind() == QueryKind.CANCEL) {
        long delayMillis = new SplittableRandom(query.seed()).nextLong(500);
        cancel =
            canceller.schedule(() -> cancel(statement, query), delayMillis, TimeUnit.MILLISECONDS);
      }
      Result actual;
      boolean warned;
      try (ResultSet rows = statement.executeQuery(query.sql())) {
        actual = Results.render(rows);
        warned = rows.getWarnings() != null || statement.getWarnings() != null;
      } finally {
        if (cancel != null) {
          cancel.cancel(false);
        }
      }
      compare(query, actual, warned);
    }
  }

  private void compare(SoakQuery query, Result actual, boolean warned) throws SQLException {
    Result wanted = expected.of(query);
    if (Expected.same(actual, wanted, query.ordered())) {
      tally.result(query.kind(), warned);
      return;
    }
    tally.failure(
        "wrong result: "
            + query
            + "\n  driver: "
            + actual.rows().size()
            + " rows, H2: "
            + wanted.rows().size()
            + " rows; driver's first rows "
            + actual.sortedRows().stream().limit(3).toList()
            + ", H2's "
            + wanted.sortedRows().stream().limit(3).toList());
  }

  /** Runs on the canceller thread: a runtime exception out of cancel() fails the run. */
  private void cancel(Statement statement, SoakQuery query) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // the statement finished and was closed first: nothing left to cancel
    } catch (RuntimeException e) {
      tally.failure("runtime exception out of Statement.cancel(): " + e + " for " + query);
    }
  }
}
