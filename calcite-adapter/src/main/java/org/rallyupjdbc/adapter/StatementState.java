package org.rallyupjdbc.adapter;

import org.rallyupjdbc.client.RequestBudget;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * What the scans of one JDBC statement need to know about it: its id in the request log, its {@code
 * setMaxRows}, the request budget its current execution's scans share, where their warnings go, and
 * whether it must read the API instead of the connection's cache. The driver creates one per
 * statement and makes it known to the scans through the connection's {@link StatementRegistry};
 * nothing here is static or bound to a thread.
 */
public final class StatementState {
  /** The state of a statement the driver runs for itself (metadata, internal prepares). */
  static final StatementState INTERNAL = new StatementState(0, false);

  private final long id;
  private final boolean fresh;
  private final ScanWarnings warnings = new ScanWarnings();
  private volatile long maxRows;
  private RequestBudget budget;

  /**
   * Creates the state of a statement.
   *
   * @param id the statement's number in the request log
   * @param fresh whether its scans must skip the connection's response cache ({@code isValid})
   */
  public StatementState(long id, boolean fresh) {
    this.id = id;
    this.fresh = fresh;
  }

  /** The statement's number in the request log. */
  public long id() {
    return id;
  }

  /** The statement's row limit, 0 for none. */
  public long maxRows() {
    return maxRows;
  }

  /** Sets the row limit for executions from now on; 0 for none. */
  public void maxRows(long rows) {
    this.maxRows = rows;
  }

  /** What the scans of the latest execution noticed. */
  public ScanWarnings warnings() {
    return warnings;
  }

  boolean fresh() {
    return fresh;
  }

  /** Starts an execution: JDBC clears a statement's warnings, and the budget is per execution. */
  public synchronized void beginExecution() {
    warnings.clear();
    budget = null;
  }

  /** The budget every scan of this execution shares, created by the first scan that asks. */
  synchronized RequestBudget budget(int limit) {
    if (budget == null) {
      budget = new RequestBudget(limit);
    }
    return budget;
  }
}
