package org.rallyupjdbc.sandbox.http;

import java.util.List;
import org.rallyupjdbc.sandbox.json.Envelope;
import org.rallyupjdbc.sandbox.json.RecordWriter;

/**
 * Cuts a list into the requested page. Default size 100, larger sizes capped at the largest page
 * (1000 unless {@code --max-page-size} says less); a page past the end is an empty Items page, an
 * empty list is 204.
 */
final class Pager {
  static final int DEFAULT_SIZE = 100;

  private final String indexParam;
  private final String sizeParam;
  private final boolean ignore;
  private final int maxSize;

  Pager(String indexParam, String sizeParam, boolean ignore, int maxSize) {
    this.indexParam = indexParam;
    this.sizeParam = sizeParam;
    this.ignore = ignore;
    this.maxSize = maxSize;
  }

  <T> Reply page(Request request, List<T> all, RecordWriter<T> writer) {
    int index = ignore ? 1 : Params.positiveInt(request, indexParam, 1);
    int size =
        ignore
            ? DEFAULT_SIZE
            : Math.min(maxSize, Params.positiveInt(request, sizeParam, DEFAULT_SIZE));
    if (all.isEmpty()) {
      return Reply.empty(204);
    }
    int from = (int) Math.min((long) (index - 1) * size, all.size());
    List<T> items = all.subList(from, Math.min(from + size, all.size()));
    return Reply.ok(Envelope.page(items, index, size, all.size(), writer));
  }
}
