package org.rallyupjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rallyupjdbc.adapter.StatementState;

/**
 * One query of a plain statement, run on a plan leased from the connection's {@link PlanCache}.
 * While it runs (until its result set closes) the statement's state is filed under the leased
 * plan's cancel flag, which is the flag its scans find in Calcite's execution context; releasing
 * unfiles it and returns the plan, or drops it when it was cancelled (its flag stays set, so it
 * would fail every later execution) or failed.
 */
final class PlanExecution {
  private final RallyUpConnection connection;
  private final StatementState state;
  private final PlanCache.Lease lease;
  private final AtomicBoolean flag;
  private final AtomicBoolean released = new AtomicBoolean();

  private PlanExecution(
      RallyUpConnection connection,
      StatementState state,
      PlanCache.Lease lease,
      AtomicBoolean flag) {
    this.connection = connection;
    this.state = state;
    this.lease = lease;
    this.flag = flag;
  }

  /** Leases a plan for {@code key} and files {@code state} under its cancel flag. */
  static PlanExecution start(RallyUpConnection connection, StatementState state, PlanCache.Key key)
      throws SQLException {
    PlanCache.Lease lease = connection.plans().lease(key);
    AtomicBoolean flag;
    try {
      flag = connection.cancelFlag(lease.statement());
    } catch (SQLException | RuntimeException e) {
      connection.plans().release(lease, false);
      throw e;
    }
    connection.registry().bind(flag, state);
    return new PlanExecution(connection, state, lease, flag);
  }

  /** Runs the plan with the statement's timeout (a cached plan must not keep an earlier one). */
  ResultSet executeQuery(int queryTimeoutSeconds) throws SQLException {
    lease.statement().setQueryTimeout(queryTimeoutSeconds);
    return lease.statement().executeQuery();
  }

  void cancel() throws SQLException {
    lease.statement().cancel();
  }

  /** Unfiles the state and gives the plan back; only the first call counts. */
  void release(boolean succeeded) {
    if (released.compareAndSet(false, true)) {
      connection.registry().unbind(flag, state);
      connection.plans().release(lease, succeeded && !flag.get());
    }
  }
}
