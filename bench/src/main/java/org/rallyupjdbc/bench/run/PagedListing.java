package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.rallyupjdbc.bench.run.PagerRecords.Envelope;

/**
 * A paged listing as a script reads it: its URL without paging, one page after another into objects
 * until a page says there is no next one (or the list is empty: 204).
 */
final class PagedListing {
  private PagedListing() {}

  /** Page {@code index} (from 1) of a listing. */
  static HttpUrl page(HttpUrl.Builder listing, int index, int pageSize) {
    return listing
        .build()
        .newBuilder()
        .addQueryParameter("pageIndex", Integer.toString(index))
        .addQueryParameter("pageSize", Integer.toString(pageSize))
        .build();
  }

  /** Every record of the listing, page by page, decoded by {@code json} as {@code pageType}. */
  static <T> List<T> readAll(
      ApiSession session,
      HttpUrl.Builder listing,
      int pageSize,
      ObjectMapper json,
      JavaType pageType)
      throws IOException {
    List<T> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      try (Response response = session.get(page(listing, page, pageSize))) {
        if (response.code() == 204) {
          return all;
        }
        Envelope<T> envelope = json.readValue(response.body().byteStream(), pageType);
        all.addAll(envelope.result().items());
        if (!envelope.result().hasNextPage() || envelope.result().items().isEmpty()) {
          return all;
        }
      }
    }
  }
}
