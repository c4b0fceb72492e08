package org.rallyupjdbc.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of several requests one after the other (an IN list fanned out over a key).
 * Single-record requests are fetched {@code maxConcurrentRequests} at a time; paged and array
 * requests are read one after another, each paging as usual.
 */
final class ConcatCursor<T> implements RecordCursor<T> {
  private final RallyUpClient client;
  private final List<ApiRequest> requests;
  private final List<RecordDecoder<T>> decoders;
  private final CallScope scope;
  private final OrderedPrefetch<List<T>> singles;
  private int next;
  private RecordCursor<T> current;
  private Iterator<T> single = List.<T>of().iterator();

  ConcatCursor(
      RallyUpClient client,
      List<ApiRequest> requests,
      List<RecordDecoder<T>> decoders,
      CallScope scope) {
    if (requests.size() != decoders.size()) {
      throw new IllegalArgumentException("one decoder per request");
    }
    this.client = client;
    this.requests = List.copyOf(requests);
    this.decoders = List.copyOf(decoders);
    this.scope = scope;
    boolean allSingle = requests.stream().allMatch(r -> r.endpoint().shape() == Shape.OBJECT);
    this.singles =
        allSingle
            ? new OrderedPrefetch<>(
                client.fetchers(),
                client.concurrency(),
                requests.size(),
                i -> () -> readAll(client.open(requests.get(i), decoders.get(i), scope)),
                scope.deadline())
            : null;
  }

  private static <T> List<T> readAll(RecordCursor<T> cursor) {
    try (cursor) {
      List<T> records = new java.util.ArrayList<>();
      cursor.forEachRemaining(records::add);
      return records;
    }
  }

  @Override
  public boolean hasNext() {
    if (singles != null) {
      while (!single.hasNext() && singles.hasNext()) {
        single = singles.next().iterator();
      }
      return single.hasNext();
    }
    while (current == null || !current.hasNext()) {
      if (current != null) {
        current.close();
      }
      if (next >= requests.size()) {
        current = null;
        return false;
      }
      current = client.open(requests.get(next), decoders.get(next), scope);
      next++;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return singles != null ? single.next() : current.next();
  }

  @Override
  public void close() {
    if (singles != null) {
      singles.close();
    }
    if (current != null) {
      current.close();
    }
    next = requests.size();
  }
}
