package org.rallyupjdbc.adapter;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.client.ApiRequest;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.Deadline;
import org.rallyupjdbc.client.FanOutStart;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.RecordCursor;
import org.rallyupjdbc.client.RecordDecoder;
import org.rallyupjdbc.client.RequestBudget;
import org.rallyupjdbc.client.ScanWarnings;
import org.rallyupjdbc.client.Shape;

/**
 * Runs one {@link RallyUpTableScan} when the query runs: reads {@code ?} values and the statement's
 * limits, asks {@link ScanPlanner} for the requests, and opens the cursor. Called from the code
 * Calcite generates, hence public.
 */
public final class ScanRunner {
  private final RallyUpTable table;
  private final ScanSpec spec;
  private final boolean scalar;
  private final boolean feedsResult;

  ScanRunner(RallyUpTable table, ScanSpec spec, boolean scalar, boolean feedsResult) {
    this.table = table;
    this.spec = spec;
    this.scalar = scalar;
    this.feedsResult = feedsResult;
  }

  /** The scan's rows: {@code Object[]} each, or the bare value when there is one column. */
  public Enumerable<Object> run(DataContext root) {
    RallyUpSession session = table.session();
    StatementState statement = statementOf(root, session);
    long rows = rowsNeeded(root, statement);
    Optional<ParameterSpec> fanOut = table.planner().fanOut(spec.conjuncts());
    // Planned now, so that a missing condition fails the execute call, not the first fetch.
    long records = table.recordsFor(rows);
    List<ScanPlanner.Call> calls =
        fanOut.isPresent() ? List.of() : table.planner().plan(spec.conjuncts(), root, records);
    AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        CallScope scope = scope(root, session, statement);
        Deadline deadline = scope.deadline();
        int[] projection = spec.projection().stream().mapToInt(Integer::intValue).toArray();
        RecordCursor<List<Object[]>> cursor =
            spec.count()
                ? new CountCursor(calls, fanOut, root, scope)
                : fanOut.isPresent()
                    ? ScanReads.fanOut(
                        table,
                        fanOut.get(),
                        spec.conjuncts(),
                        projection,
                        root,
                        records,
                        scope,
                        FanOutStart.forRecords(records))
                    : ScanReads.open(table, calls, projection, scope);
        return new RallyUpEnumerator(cursor, cancel, deadline, rows, scalar);
      }
    };
  }

  /**
   * What the requests of one scan of a running statement share: its timeout and cancel flag, the
   * statement's id, request budget and warnings (or fresh ones outside a statement).
   */
  /** The statement running this query, from the registry the driver files it in. */
  static StatementState statementOf(DataContext root, RallyUpSession session) {
    return session.statements().lookup(DataContext.Variable.CANCEL_FLAG.get(root));
  }

  /** The scope of every request a scan or lookup of {@code statement} makes. */
  static CallScope scope(DataContext root, RallyUpSession session, StatementState statement) {
    AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    Long timeoutMillis = DataContext.Variable.TIMEOUT.get(root);
    Deadline deadline =
        Deadline.after(
            Duration.ofMillis(timeoutMillis == null ? 0 : timeoutMillis),
            () -> cancel != null && cancel.get());
    // the driver's own statements share no budget: each scan gets its own
    RequestBudget budget =
        statement == StatementState.INTERNAL
            ? new RequestBudget(session.maxRequestsPerQuery())
            : statement.budget(session.maxRequestsPerQuery());
    ScanWarnings warnings =
        statement == StatementState.INTERNAL ? new ScanWarnings() : statement.warnings();
    return new CallScope(deadline, statement.id(), budget, statement.fresh(), warnings);
  }

  /**
   * Rows the query can use at most, -1 for all: the pushed LIMIT (plus OFFSET), and {@code
   * setMaxRows} when this scan's rows are the result's rows.
   */
  private long rowsNeeded(DataContext root, StatementState statement) {
    long rows = spec.rows(root);
    if (feedsResult && statement.maxRows() > 0) {
      rows = rows < 0 ? statement.maxRows() : Math.min(rows, statement.maxRows());
    }
    return rows;
  }

  /**
   * One row holding the number of records of the requests: {@code TotalCount} of a one-record page
   * for paged endpoints, else the records counted as they stream by. Computed on first use, so
   * preparing or explaining costs nothing.
   */
  private final class CountCursor implements RecordCursor<List<Object[]>> {
    private final List<ScanPlanner.Call> calls;
    private final Optional<ParameterSpec> fanOut;
    private final DataContext root;
    private final CallScope scope;
    private boolean done;

    /** Counts the records of {@code calls}, or of each value's calls when fanning out. */
    CountCursor(
        List<ScanPlanner.Call> calls,
        Optional<ParameterSpec> fanOut,
        DataContext root,
        CallScope scope) {
      this.calls = calls;
      this.fanOut = fanOut;
      this.root = root;
      this.scope = scope;
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public List<Object[]> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      done = true;
      long total = 0;
      for (ScanPlanner.Call call : calls) {
        total += count(call.request());
      }
      if (fanOut.isPresent()) {
        total += fanOutCount(fanOut.get());
      }
      return List.<Object[]>of(new Object[] {total});
    }

    /**
     * One count per distinct value of the source ({@code TotalCount} of a one-record page each),
     * {@code maxConcurrentRequests} at a time.
     */
    private long fanOutCount(ParameterSpec parameter) {
      long total = 0;
      try (RecordCursor<Long> counts =
          table
              .session()
              .client()
              .openPerKey(
                  ScanReads.keys(table, parameter, root, scope, FanOutStart.ALL),
                  key -> ListCursor.of(List.of(countOf(parameter, key))),
                  scope,
                  FanOutStart.ALL)) {
        while (counts.hasNext()) {
          total += counts.next();
        }
      }
      return total;
    }

    private long countOf(ParameterSpec parameter, String key) {
      long total = 0;
      for (ScanPlanner.Call call :
          ScanReads.calls(table, parameter, spec.conjuncts(), root, -1, key)) {
        total += count(call.request());
      }
      return total;
    }

    private long count(ApiRequest request) {
      RallyUpClient client = table.session().client();
      if (request.endpoint().shape() == Shape.PAGED) {
        OptionalLong total = client.count(request, scope);
        if (total.isPresent()) {
          table.session().rememberRowCount(table.spec(), request, total.getAsLong());
          return total.getAsLong();
        }
      }
      long records = 0;
      try (RecordCursor<Boolean> cursor = client.open(request, RecordDecoder.SKIP, scope)) {
        while (cursor.hasNext()) {
          cursor.next();
          records++;
        }
      }
      return records;
    }

    @Override
    public void close() {
      done = true;
    }
  }
}
