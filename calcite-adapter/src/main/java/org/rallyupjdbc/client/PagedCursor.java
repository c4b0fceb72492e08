package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.zip.CRC32;
import okhttp3.Response;

/**
 * Pages through a {@link Shape#PAGED} endpoint. Page 1 comes first; once it tells {@code
 * TotalPages}, the remaining pages are fetched {@code maxConcurrentRequests} at a time and read in
 * order, and never beyond {@code TotalPages} or the pages holding the request's record limit.
 * Without {@code TotalPages} the next page is requested when the current one is consumed.
 *
 * <p>Stops on an empty page, {@code HasNextPage=false}, or the last page by {@code TotalPages};
 * fails when the API answers a different {@code PageIndex} than asked for or sends a body identical
 * to the page before, since an API that ignores the page parameter would otherwise loop forever or
 * return the same rows twice.
 *
 * <p>A listing that changes while it is read is handled by {@link DriftGuard}: records seen on an
 * earlier page are dropped, a page that may have skipped records is asked for again, and once the
 * {@code TotalCount} moves the rest is read one page after the other from the API, never the cache.
 * The scan then leaves a warning for the statement.
 */
final class PagedCursor<T> implements RecordCursor<T> {
  private final RallyUpClient client;
  private final ApiRequest request;
  private final RecordDecoder<T> decoder;
  private final DriftGuard<T> drift;
  private CallScope scope;
  private List<T> items = List.of();
  private int position;
  private int nextPageIndex = 1;
  private int totalPages;
  private long records;
  private long previousChecksum = -1;
  private OrderedPrefetch<Fetched<T>> prefetch;
  private boolean exhausted;
  private boolean finished;

  /** One page as fetched; {@code page} is null for HTTP 204 (no content). */
  private record Fetched<T>(
      int index, Page<T> page, long checksum, String described, RequestLog.Entry entry) {}

  PagedCursor(RallyUpClient client, ApiRequest request, RecordDecoder<T> decoder, CallScope scope) {
    this.client = client;
    this.request = request;
    this.decoder = decoder;
    this.scope = scope;
    this.drift = new DriftGuard<>(decoder);
  }

  /** {@code TotalCount} of the request's first page, read without decoding its records. */
  static OptionalLong totalCount(RallyUpClient client, ApiRequest request, CallScope scope) {
    Fetched<Boolean> first = fetch(client, request, RecordDecoder.SKIP, scope, 1);
    if (first.page() == null) {
      return OptionalLong.of(0);
    }
    Integer total = first.page().totalCount();
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  @Override
  public boolean hasNext() {
    while (position >= items.size()) {
      if (exhausted) {
        return false;
      }
      advance();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return items.get(position++);
  }

  private void advance() {
    if (request.limit() >= 0 && records >= request.limit()) {
      close();
      return;
    }
    Fetched<T> fetched;
    if (prefetch != null && prefetch.hasNext()) {
      fetched = prefetch.next();
    } else {
      fetched = fetch(client, request, decoder, scope, nextPageIndex);
    }
    if (fetched.page() != null) {
      check(fetched.page(), fetched);
      fetched = steady(fetched);
    }
    nextPageIndex = fetched.index() + 1;
    Page<T> page = fetched.page();
    if (page == null) {
      close();
      return;
    }
    previousChecksum = fetched.checksum();
    items = drift.dropRepeats(page.items());
    fetched.entry().duplicates(page.items().size() - items.size());
    position = 0;
    records += items.size();
    if (page.totalPages() != null) {
      totalPages = Math.max(totalPages, page.totalPages());
    }
    if (page.isLast() || (totalPages > 0 && fetched.index() >= totalPages)) {
      finish();
    } else if (fetched.index() == 1 && totalPages > 1) {
      startPrefetch(fetched.described());
    }
  }

  /**
   * The page, or the same page asked for again when its {@code TotalCount} says it may have skipped
   * records. Once the count moves, the rest of the scan is read one page at a time from the API.
   */
  private Fetched<T> steady(Fetched<T> fetched) {
    Integer count = fetched.page().totalCount();
    if (drift.shrank(count)) {
      readOneByOne();
      int before = drift.lastCount();
      fetched = fetch(client, request, decoder, scope, fetched.index());
      if (fetched.page() == null) {
        return fetched;
      }
      check(fetched.page(), fetched);
      count = fetched.page().totalCount();
      if (drift.shrank(count)) {
        close();
        throw new RallyUpApiException(
            RallyUpApiException.Kind.CHANGED_DURING_SCAN,
            200,
            fetched.described()
                + " reports TotalCount "
                + count
                + ", fewer than the "
                + before
                + " of the page before it, also when asked again: records left the listing while"
                + " it was read, so some may have been skipped. Run the query again.");
      }
    }
    if (drift.countChanged(count)) {
      readOneByOne();
    }
    return fetched;
  }

  private void readOneByOne() {
    closePrefetch();
    prefetch = null;
    scope = scope.uncached();
  }

  /**
   * Starts fetching pages 2 to the last needed one concurrently. A later page that reports more
   * pages (rows added meanwhile) is followed by sequential requests for the rest.
   */
  private void startPrefetch(String described) {
    int last = totalPages;
    if (request.limit() >= 0) {
      last = (int) Math.min(last, (request.limit() + request.pageSize() - 1) / request.pageSize());
    }
    int count = last - 1;
    if (count <= 0) {
      return;
    }
    scope.budget().reserve(count, described + " and " + count + " more pages");
    prefetch =
        new OrderedPrefetch<>(
            client.fetchers(),
            client.concurrency(),
            count,
            position -> () -> fetch(client, request, decoder, scope, position + 2),
            scope.deadline());
  }

  private static <T> Fetched<T> fetch(
      RallyUpClient client,
      ApiRequest request,
      RecordDecoder<T> decoder,
      CallScope scope,
      int index) {
    Paging paging = request.endpoint().paging();
    Map<String, String> pageParams = new LinkedHashMap<>();
    pageParams.put(paging.indexParam(), Integer.toString(index));
    pageParams.put(paging.sizeParam(), Integer.toString(request.pageSize()));
    RallyUpClient.Exchange exchange = client.get(request, pageParams, scope);
    try (Response response = exchange.response()) {
      if (response.code() == 204) {
        return new Fetched<>(index, null, -1, exchange.described(), exchange.entry());
      }
      if (response.code() == 404) {
        throw new RallyUpApiException(
            RallyUpApiException.Kind.NOT_FOUND, 404, exchange.described() + " answered HTTP 404");
      }
      // the whole body in one array: the parser then matches field names in place (see
      // RowDecoder), never across the boundary of a stream buffer
      CRC32 checksum = new CRC32();
      Page<T> page;
      try {
        byte[] body = JsonBodies.bounded(response).readAllBytes();
        checksum.update(body);
        try (JsonParser parser = JsonBodies.open(body)) {
          page = Envelope.readPage(parser, decoder, exchange.described());
        }
      } catch (IOException e) {
        throw JsonBodies.failure(e, response, exchange.described());
      }
      exchange.entry().records(page.items().size());
      return new Fetched<>(
          index, page, checksum.getValue(), exchange.described(), exchange.entry());
    }
  }

  private void check(Page<T> page, Fetched<T> fetched) {
    String ignored =
        "; the API seems to ignore the paging parameter '"
            + request.endpoint().paging().indexParam()
            + "' (set the catalog's paging.indexParam to the name RallyUp expects)";
    if (page.pageIndex() != null && page.pageIndex() != fetched.index()) {
      close();
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          fetched.described()
              + " answered page "
              + page.pageIndex()
              + " instead of page "
              + fetched.index()
              + ignored);
    }
    if (fetched.checksum() == previousChecksum && !page.items().isEmpty()) {
      close();
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          fetched.described() + " answered exactly the same body as the page before it" + ignored);
    }
  }

  private void closePrefetch() {
    if (prefetch != null) {
      prefetch.close();
    }
  }

  /** Stops fetching and leaves the scan's warning, if it has one. */
  private void finish() {
    exhausted = true;
    closePrefetch();
    if (!finished) {
      finished = true;
      String warning = drift.warning(request.describe());
      if (warning != null) {
        scope.warnings().add(warning);
      }
    }
  }

  @Override
  public void close() {
    finish();
    items = List.of();
    position = 0;
  }
}
