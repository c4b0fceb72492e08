package org.rallyupjdbc.adapter;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.client.ApiRequest;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.Deadline;
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
    AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    RallyUpSession session = table.session();
    StatementState statement = session.statements().lookup(cancel);
    long rows = rowsNeeded(root, statement);
    List<ScanPlanner.Call> calls =
        table.planner().plan(spec.conjuncts(), root, table.recordsFor(rows));
    Long timeoutMillis = DataContext.Variable.TIMEOUT.get(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
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
        CallScope scope =
            new CallScope(deadline, statement.id(), budget, statement.fresh(), warnings);
        RecordCursor<List<Object[]>> cursor =
            spec.count() ? new CountCursor(calls, scope) : open(calls, scope);
        return new RallyUpEnumerator(cursor, cancel, deadline, rows, scalar);
      }
    };
  }

  private RecordCursor<List<Object[]>> open(List<ScanPlanner.Call> calls, CallScope scope) {
    RallyUpClient client = table.session().client();
    int[] projection = spec.projection().stream().mapToInt(Integer::intValue).toArray();
    List<ApiRequest> requests = calls.stream().map(ScanPlanner.Call::request).toList();
    List<RecordDecoder<List<Object[]>>> decoders =
        calls.stream()
            .map(
                call ->
                    (RecordDecoder<List<Object[]>>)
                        RowDecoder.of(table.spec(), projection, call.echoed()))
            .toList();
    return requests.size() == 1
        ? client.open(requests.get(0), decoders.get(0), scope)
        : client.openAll(requests, decoders, scope);
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
    private final CallScope scope;
    private boolean done;

    CountCursor(List<ScanPlanner.Call> calls, CallScope scope) {
      this.calls = calls;
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
      return List.<Object[]>of(new Object[] {total});
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
