package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.rallyupjdbc.client.Deadline;
import org.rallyupjdbc.client.RallyUpApiException;
import org.rallyupjdbc.client.RecordCursor;

/**
 * Rows of one scan: flattens the rows each record decodes into, stops after the rows the query can
 * use (so no page beyond them is requested), fails (rather than ending early) when the statement is
 * cancelled, and closes the cursor (and so any open response) exactly once.
 */
final class RallyUpEnumerator implements Enumerator<Object> {
  private static final Iterator<Object[]> NONE = List.<Object[]>of().iterator();

  private final RecordCursor<List<Object[]>> records;
  private final AtomicBoolean cancel;
  private final Deadline deadline;
  private final long limit;
  private final boolean scalar;
  private Iterator<Object[]> rows = NONE;
  private Object current;
  private long returned;
  private boolean closed;

  /**
   * @param limit rows to return at most, -1 for all
   * @param scalar whether rows have one column, handed out as the bare value
   */
  RallyUpEnumerator(
      RecordCursor<List<Object[]>> records,
      AtomicBoolean cancel,
      Deadline deadline,
      long limit,
      boolean scalar) {
    this.records = requireNonNull(records, "records");
    this.cancel = cancel;
    this.deadline = requireNonNull(deadline, "deadline");
    this.limit = limit;
    this.scalar = scalar;
  }

  @Override
  public Object current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    if (limit >= 0 && returned >= limit) {
      close();
      return false;
    }
    while (!rows.hasNext()) {
      if (cancel != null && cancel.get()) {
        close();
        throw new QueryCancelledException("the statement was cancelled while reading from RallyUp");
      }
      if (deadline.hasPassed()) {
        close();
        throw RallyUpApiException.timedOut("while reading from RallyUp", null);
      }
      try {
        if (closed || !records.hasNext()) {
          return false;
        }
        rows = records.next().iterator();
      } catch (RallyUpApiException e) {
        if (e.kind() == RallyUpApiException.Kind.CANCELLED) {
          throw new QueryCancelledException(e.getMessage());
        }
        // A request cut short by the query timeout surfaces as a broken transfer.
        throw deadline.hasPassed() && e.kind() != RallyUpApiException.Kind.TIMEOUT
            ? RallyUpApiException.timedOut("while reading from RallyUp", e)
            : e;
      }
    }
    Object[] row = rows.next();
    current = scalar ? row[0] : row;
    returned++;
    return true;
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a RallyUp scan cannot be restarted");
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      records.close();
    }
  }
}
