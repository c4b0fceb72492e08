package org.rallyupjdbc.client;

import java.util.Iterator;

/**
 * A lazy iterator over the records of one request, fetching as it goes; closing it releases the
 * response and stops further requests.
 *
 * @param <T> what each record was decoded into
 */
public interface RecordCursor<T> extends Iterator<T>, AutoCloseable {
  @Override
  void close();
}
