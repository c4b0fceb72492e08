package org.rallyupjdbc.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.rallyupjdbc.client.Paging;
import org.rallyupjdbc.client.ProbeAnswer;

/**
 * Finds out how a paged listing pages: whether the catalog's parameter names are honoured (a page
 * of two records, then page 2 differs and echoes {@code PageIndex} 2), else which common names are
 * (at most {@value #MAX_NAME_REQUESTS} requests), and the largest page size it serves, up to the
 * catalog's maximum (one request, or a bisection of at most {@value #MAX_SIZE_REQUESTS} when large
 * sizes are refused).
 */
final class PagingProbe {
  static final int MAX_NAME_REQUESTS = 9;
  static final int MAX_SIZE_REQUESTS = 11;

  private static final List<String> INDEX_NAMES =
      List.of("pageIndex", "PageIndex", "page", "pageNumber", "pageNo");
  private static final List<String> SIZE_NAMES =
      List.of("pageSize", "PageSize", "size", "limit", "perPage");

  /** The probe of one query, by parameters: sends the request and returns the answer. */
  private final BiFunction<String, Map<String, String>, ProbeAnswer> send;

  private final String path;
  private final Map<String, String> base;

  PagingProbe(
      BiFunction<String, Map<String, String>, ProbeAnswer> send,
      String path,
      Map<String, String> base) {
    this.send = send;
    this.path = path;
    this.base = base;
  }

  /** The result of the listing with these paging values. */
  JsonNode page(String index, int pageIndex, String size, int pageSize) {
    Map<String, String> query = new LinkedHashMap<>(base);
    query.put(index, String.valueOf(pageIndex));
    query.put(size, String.valueOf(pageSize));
    ProbeAnswer answer = send.apply(path, query);
    return answer.status() == 200 ? answer.json().path("Result") : MissingNode.getInstance();
  }

  /**
   * The working parameter names, given page 1 of two records under the catalog's names; empty when
   * no candidate pages (the API serves the same page whatever is asked).
   */
  Optional<String[]> names(Paging paging, JsonNode first) {
    JsonNode items = first.path("Items");
    String size = paging.sizeParam();
    if (items.size() > 2) {
      size = null;
      for (String candidate : SIZE_NAMES) {
        if (!candidate.equals(paging.sizeParam())
            && page(paging.indexParam(), 1, candidate, 2).path("Items").size() == 2) {
          size = candidate;
          break;
        }
      }
      if (size == null) {
        return Optional.empty();
      }
    }
    for (String index : INDEX_NAMES) {
      JsonNode second = page(index, 2, size, 2);
      if (second.path("Items").size() > 0
          && !second.path("Items").get(0).equals(items.get(0))
          && second.path("PageIndex").asInt(2) == 2) {
        return Optional.of(new String[] {index, size});
      }
    }
    return Optional.empty();
  }

  /**
   * The largest page size served, at most {@code max}: the {@code PageSize} echoed for a request of
   * {@code max} (or the records served, when fewer than the listing holds); when that request is
   * refused, the largest size accepted by bisection.
   */
  int largestPageSize(String index, String size, int max, long total) {
    JsonNode full = page(index, 1, size, max);
    if (!full.isMissingNode()) {
      int served = full.path("Items").size();
      int echoed = full.path("PageSize").asInt(max);
      return Math.min(echoed, served < max && served < total ? served : max);
    }
    int accepted = 2;
    int refused = max;
    while (refused - accepted > 1) {
      int middle = (accepted + refused) >>> 1;
      if (page(index, 1, size, middle).isMissingNode()) {
        refused = middle;
      } else {
        accepted = middle;
      }
    }
    return accepted;
  }
}
