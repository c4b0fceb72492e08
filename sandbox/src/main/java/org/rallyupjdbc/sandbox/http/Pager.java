package org.rallyupjdbc.sandbox.http;

import java.util.List;
import org.rallyupjdbc.sandbox.json.Envelope;
import org.rallyupjdbc.sandbox.json.RecordWriter;

/**
 * Cuts a list into the requested page. Default size 100, larger sizes capped at 1000; a page past
 * the end is an empty Items page, an empty list is 204.
 */
final class Pager {
  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1_000;

  private final String indexParam;
  private final String sizeParam;
  private final boolean ignore;

  Pager(String indexParam, String sizeParam, boolean ignore) {
    this.indexParam = indexParam;
    this.sizeParam = sizeParam;
    this.ignore = ignore;
  }

  <T> Reply page(Request request, List<T> all, RecordWriter<T> writer) {
    int index = ignore ? 1 : Params.positiveInt(request, indexParam, 1);
    int size =
        ignore
            ? DEFAULT_SIZE
            : Math.min(MAX_SIZE, Params.positiveInt(request, sizeParam, DEFAULT_SIZE));
    if (all.isEmpty()) {
      return Reply.empty(204);
    }
    int from = (int) Math.min((long) (index - 1) * size, all.size());
    List<T> items = all.subList(from, Math.min(from + size, all.size()));
    return Reply.ok(Envelope.page(items, index, size, all.size(), writer));
  }
}
