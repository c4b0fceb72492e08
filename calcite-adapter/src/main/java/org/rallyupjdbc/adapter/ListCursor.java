package org.rallyupjdbc.adapter;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.rallyupjdbc.client.RecordCursor;

/**
 * Values already in memory as a cursor, for the client's per-key fan-out: keys known before the
 * lookups start, or the one count a key's listing is reduced to.
 */
record ListCursor<T>(Iterator<T> values) implements RecordCursor<T> {
  static <T> ListCursor<T> of(Iterable<T> values) {
    return new ListCursor<>(values.iterator());
  }

  @Override
  public boolean hasNext() {
    return values.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return values.next();
  }

  @Override
  public void close() {}
}
