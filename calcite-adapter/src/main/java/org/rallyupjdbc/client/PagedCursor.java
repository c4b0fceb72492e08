package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import okhttp3.Response;

/**
 * Pages through a {@link Shape#PAGED} endpoint, requesting page N+1 only once page N is consumed.
 * Stops on an empty page, {@code HasNextPage=false}, or the last page by {@code TotalPages}; fails
 * when the API answers a different {@code PageIndex} than asked for or sends a body identical to
 * the page before, since an API that ignores the page parameter would otherwise loop forever or
 * return the same rows twice.
 */
final class PagedCursor<T> implements RecordCursor<T> {
  private final RallyUpClient client;
  private final ApiRequest request;
  private final RecordDecoder<T> decoder;
  private final Deadline deadline;
  private List<T> items = List.of();
  private int position;
  private int nextPageIndex = 1;
  private Integer totalPages;
  private long previousChecksum = -1;
  private boolean exhausted;

  PagedCursor(
      RallyUpClient client, ApiRequest request, RecordDecoder<T> decoder, Deadline deadline) {
    this.client = client;
    this.request = request;
    this.decoder = decoder;
    this.deadline = deadline;
  }

  @Override
  public boolean hasNext() {
    while (position >= items.size()) {
      if (exhausted) {
        return false;
      }
      fetchNextPage();
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

  private void fetchNextPage() {
    Paging paging = request.endpoint().paging();
    int requested = nextPageIndex++;
    Map<String, String> pageParams = new LinkedHashMap<>();
    pageParams.put(paging.indexParam(), Integer.toString(requested));
    pageParams.put(paging.sizeParam(), Integer.toString(request.pageSize()));
    RallyUpClient.Exchange exchange = client.get(request, pageParams, deadline);
    try (Response response = exchange.response()) {
      if (response.code() == 204) {
        items = List.of();
        exhausted = true;
        return;
      }
      if (response.code() == 404) {
        throw new RallyUpApiException(
            RallyUpApiException.Kind.NOT_FOUND, 404, exchange.described() + " answered HTTP 404");
      }
      CheckedInputStream body = new CheckedInputStream(JsonBodies.bounded(response), new CRC32());
      Page<T> page = read(exchange, body);
      long checksum = body.getChecksum().getValue();
      check(page, requested, checksum, exchange.described());
      previousChecksum = checksum;
      totalPages = page.totalPages() != null ? page.totalPages() : totalPages;
      items = page.items();
      position = 0;
      exhausted = page.isLast() || (totalPages != null && requested >= totalPages);
    }
  }

  private Page<T> read(RallyUpClient.Exchange exchange, CheckedInputStream body) {
    try (JsonParser parser = JsonBodies.open(body)) {
      return Envelope.readPage(parser, decoder, exchange.described());
    } catch (IOException e) {
      throw JsonBodies.failure(e, exchange.response(), exchange.described());
    }
  }

  private void check(Page<T> page, int requested, long checksum, String described) {
    String ignored =
        "; the API seems to ignore the paging parameter '"
            + request.endpoint().paging().indexParam()
            + "' (set the catalog's paging.indexParam to the name RallyUp expects)";
    if (page.pageIndex() != null && page.pageIndex() != requested) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          described
              + " answered page "
              + page.pageIndex()
              + " instead of page "
              + requested
              + ignored);
    }
    if (checksum == previousChecksum && !page.items().isEmpty()) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          described + " answered exactly the same body as the page before it" + ignored);
    }
  }

  @Override
  public void close() {
    exhausted = true;
    items = List.of();
  }
}
