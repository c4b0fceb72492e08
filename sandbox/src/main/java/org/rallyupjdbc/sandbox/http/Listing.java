package org.rallyupjdbc.sandbox.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.rallyupjdbc.sandbox.json.Envelope;
import org.rallyupjdbc.sandbox.json.RecordWriter;

/**
 * A list endpoint's full record list in API order and its record writer; routes and the dump share
 * these, so the dump shows exactly what the endpoints serve.
 */
record Listing<T>(String key, Supplier<List<T>> records, RecordWriter<T> writer) {

  /** The v3 answer: a bare array, or 204 when there is nothing. */
  Reply arrayReply() {
    List<T> all = records.get();
    return all.isEmpty() ? Reply.empty(204) : Reply.stream(Envelope.array(all, writer));
  }

  void writeArray(JsonGenerator g) throws IOException {
    Envelope.array(records.get(), writer).write(g);
  }

  /** A reversed view: the newest (highest id) first, as the Partner API samples are ordered. */
  static <T> List<T> newestFirst(List<T> oldestFirst) {
    return new Reversed<>(oldestFirst);
  }

  /** A read-only reversed view of a list. */
  private static final class Reversed<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> list;

    Reversed(List<T> list) {
      this.list = list;
    }

    @Override
    public T get(int index) {
      return list.get(list.size() - 1 - index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }
}
