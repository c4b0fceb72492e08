package org.rallyupjdbc.adapter;

import java.util.function.Consumer;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.runtime.Hook;
import org.rallyupjdbc.client.RequestBudget;
import org.rallyupjdbc.client.ScanWarnings;

/**
 * The JDBC statement a query runs for, made known to the scans it starts: its id in the request
 * log, its {@code setMaxRows}, the request budget its scans share, and where their warnings go. The
 * driver enters a context around each prepare and execute call; Calcite plans and starts the scans
 * inside that call, on the same thread. While a context is open, plans are inspected before Calcite
 * implements them, to find the scan whose rows are the result's rows ({@link
 * RallyUpTableScan#markResultScans}).
 */
public final class StatementContext implements AutoCloseable {
  private static final ThreadLocal<StatementContext> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> FRESH = ThreadLocal.withInitial(() -> false);

  private final long statementId;
  private final long maxRows;
  private final boolean fresh;
  private final ScanWarnings warnings;
  private final StatementContext previous;
  private final Hook.Closeable planInspection;
  private RequestBudget budget;

  private StatementContext(long statementId, long maxRows, ScanWarnings warnings) {
    this.statementId = statementId;
    this.maxRows = maxRows;
    this.warnings = warnings;
    this.fresh = FRESH.get();
    this.previous = CURRENT.get();
    this.planInspection =
        Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
            (Consumer<RelRoot>) RallyUpTableScan::markResultScans);
  }

  /**
   * Makes a statement current on this thread until the returned context is closed.
   *
   * @param statementId the statement's number, 0 while preparing on the connection
   * @param maxRows its {@code getLargeMaxRows()}, 0 for no limit
   * @param warnings the statement's warnings, for its {@code getWarnings()}
   */
  public static StatementContext enter(long statementId, long maxRows, ScanWarnings warnings) {
    StatementContext context = new StatementContext(statementId, maxRows, warnings);
    CURRENT.set(context);
    return context;
  }

  /**
   * Makes statements executed on this thread, until {@link #endFresh()}, read the API instead of
   * the connection's cache ({@code Connection.isValid} must see a revoked token).
   */
  public static void beginFresh() {
    FRESH.set(true);
  }

  /** Ends {@link #beginFresh()}. */
  public static void endFresh() {
    FRESH.remove();
  }

  /** Whether this statement must not be answered from the cache. */
  boolean fresh() {
    return fresh;
  }

  /** The statement current on this thread, or null outside the driver's execute calls. */
  static StatementContext current() {
    return CURRENT.get();
  }

  long statementId() {
    return statementId;
  }

  /** The statement's row limit, 0 for none. */
  long maxRows() {
    return maxRows;
  }

  ScanWarnings warnings() {
    return warnings;
  }

  /** The budget every scan of this execution shares, created by the first scan that asks. */
  synchronized RequestBudget budget(int limit) {
    if (budget == null) {
      budget = new RequestBudget(limit);
    }
    return budget;
  }

  @Override
  public void close() {
    planInspection.close();
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
