package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Paging through a listing that changes while it is read: newest records first, as RallyUp lists
 * donations, so a record added ahead of the scan pushes every other one page-ward. Records are read
 * once each (repeats dropped and counted), a page that may have skipped records is asked for again,
 * records leaving the listing fail the scan, and the scan leaves a warning.
 */
class PagingDriftTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/v2/api/listdonations";
  private static final Endpoint DONATIONS =
      new Endpoint(List.of(PATH), Shape.PAGED, new Paging("pageIndex", "pageSize", 10, 1000));

  /** A record's TransactionId, which is also its key. */
  private static final RecordDecoder<Long> IDS =
      new RecordDecoder<>() {
        @Override
        public Long decode(JsonParser parser) throws IOException {
          return JSON.<JsonNode>readTree(parser).get("TransactionId").asLong();
        }

        @Override
        public Object keyOf(Long id) {
          return id;
        }
      };

  private final FakeRallyUp fake = new FakeRallyUp();
  private final ScanWarnings warnings = new ScanWarnings();
  private RallyUpClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    fake.close();
  }

  /** Newest first: ids {@code count} down to 1. */
  private static List<JsonNode> newestFirst(long count) {
    return LongStream.iterate(count, id -> id >= 1, id -> id - 1)
        .mapToObj(id -> (JsonNode) JSON.createObjectNode().put("TransactionId", id))
        .toList();
  }

  /**
   * Serves each request from the listing {@code script} gives for the request's number (0 first)
   * and page. Only when {@code parallel} do pages tell {@code TotalPages}, which lets the client
   * fetch later pages in parallel; otherwise it asks for each page once it has read the one before.
   */
  private void serve(boolean parallel, BiFunction<Integer, Integer, List<JsonNode>> script) {
    int[] served = {0};
    fake.route(
        PATH,
        request -> {
          int number;
          synchronized (served) {
            number = served[0]++;
          }
          HttpUrl url = request.getUrl();
          int index = Integer.parseInt(url.queryParameter("pageIndex"));
          int size = Integer.parseInt(url.queryParameter("pageSize"));
          return page(index, size, script.apply(number, index), parallel);
        });
  }

  private static MockResponse page(
      int index, int size, List<JsonNode> listing, boolean withTotalPages) {
    int from = Math.min(listing.size(), (index - 1) * size);
    ArrayNode items = JSON.createArrayNode();
    listing.subList(from, Math.min(listing.size(), from + size)).forEach(items::add);
    int totalPages = (listing.size() + size - 1) / size;
    ObjectNode result = JSON.createObjectNode();
    result.set("Items", items);
    result.put("PageIndex", index);
    result.put("TotalCount", listing.size());
    if (withTotalPages) {
      result.put("TotalPages", totalPages);
    }
    result.put("HasNextPage", index < totalPages);
    return FakeRallyUp.json(200, FakeRallyUp.envelope(result));
  }

  private List<Long> read(int pageSize) {
    client = new RallyUpClient(fake.loginConfig().withRetry(RetryPolicy.none()));
    CallScope scope = new CallScope(Deadline.NONE, 1, RequestBudget.UNLIMITED, false, warnings);
    List<Long> ids = new ArrayList<>();
    try (RecordCursor<Long> cursor =
        client.open(new ApiRequest(DONATIONS, Map.of(), Map.of(), pageSize), IDS, scope)) {
      cursor.forEachRemaining(ids::add);
    }
    return ids;
  }

  private int duplicatesLogged() {
    return client.requestLog().entries().stream().mapToInt(RequestLog.Entry::duplicates).sum();
  }

  private List<String> pagesRequested() {
    return fake.apiRequests().stream()
        .map(line -> line.replaceAll(".*pageIndex=(\\d+).*", "$1"))
        .toList();
  }

  @Test
  void recordsPushedOntoTheNextPageAreReadOnceAndCounted() {
    // three records arrive before every request after the first, one page at a time
    serve(false, (number, page) -> newestFirst(25 + 3L * number));
    List<Long> ids = read(10);
    assertThat(ids)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 25).map(i -> 26 - i).boxed().toList());
    // page 2 repeats the 3 records page 1 ended with, page 3 the 3 + 3 records of page 2's end
    assertThat(duplicatesLogged()).isEqualTo(9);
    assertThat(warnings.messages())
        .containsExactly(
            "GET /v2/api/listdonations?pageSize=10: the listing changed while it was read"
                + " (TotalCount went from 25 to 34); 9 records already read on an earlier page"
                + " were dropped");
    assertThat(pagesRequested()).containsExactly("1", "2", "3", "4");
  }

  @Test
  void withPagesInParallelEveryRecordIsStillReadExactlyOnce() {
    serve(true, (number, page) -> newestFirst(95 + 2L * number));
    List<Long> ids = read(10);
    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsAll(LongStream.rangeClosed(1, 95).boxed().toList());
    assertThat(warnings.messages())
        .singleElement()
        .asString()
        .contains("TotalCount went from 95 to");
    assertThat(duplicatesLogged()).isPositive();
  }

  @Test
  void aPageAnsweredFromAnOlderListingIsAskedForAgain() {
    // page 1 already holds three new records; the first answer for page 2 predates them
    int[] page2Answers = {0};
    serve(
        false,
        (number, page) -> {
          if (page == 2 && page2Answers[0]++ == 0) {
            return newestFirst(20);
          }
          return newestFirst(23);
        });
    List<Long> ids = read(10);
    assertThat(ids)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 23).map(i -> 24 - i).boxed().toList());
    assertThat(pagesRequested()).containsExactly("1", "2", "2", "3");
    assertThat(warnings.messages()).isEmpty();
  }

  @Test
  void recordsLeavingTheListingFailTheScanRatherThanSkipRows() {
    serve(false, (number, page) -> number == 0 ? newestFirst(20) : newestFirst(17));
    assertThatThrownBy(() -> read(10))
        .isInstanceOfSatisfying(
            RallyUpApiException.class,
            e -> assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.CHANGED_DURING_SCAN))
        .hasMessage(
            "GET /v2/api/listdonations?pageIndex=2&pageSize=10 reports TotalCount 17, fewer than"
                + " the 20 of the page before it, also when asked again: records left the listing"
                + " while it was read, so some may have been skipped. Run the query again.");
    assertThat(pagesRequested()).containsExactly("1", "2", "2");
  }

  @Test
  void aSteadyListingDropsNothingAndLeavesNoWarning() {
    serve(true, (number, page) -> newestFirst(35));
    assertThat(read(10)).hasSize(35).doesNotHaveDuplicates();
    assertThat(duplicatesLogged()).isZero();
    assertThat(warnings.messages()).isEmpty();
  }

  @Test
  void aKeyRepeatedWithinOnePageIsTheApisAnswerAndKept() {
    List<JsonNode> twice = new ArrayList<>(newestFirst(5));
    twice.add(twice.get(0));
    serve(false, (number, page) -> twice);
    assertThat(read(10)).containsExactly(5L, 4L, 3L, 2L, 1L, 5L);
    assertThat(warnings.messages()).isEmpty();
  }

  @Test
  void keysOfOnlyTheLatestPagesAreKept() {
    DriftGuard<Long> guard = new DriftGuard<>(IDS);
    int pageSize = 1000;
    int pages = DriftGuard.KEYS_KEPT / pageSize + 2;
    for (int p = 0; p < pages; p++) {
      long first = (long) p * pageSize;
      guard.dropRepeats(LongStream.range(first, first + pageSize).boxed().toList());
    }
    // the first page is forgotten, the latest ones are not
    assertThat(guard.dropRepeats(List.of(0L))).containsExactly(0L);
    long latest = (long) (pages - 1) * pageSize;
    assertThat(guard.dropRepeats(List.of(latest))).isEmpty();
  }
}
