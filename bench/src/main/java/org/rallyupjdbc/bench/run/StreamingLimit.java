package org.rallyupjdbc.bench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.rallyupjdbc.bench.Scenario;

/**
 * The limit: the fewest requests the API allows for the scenario (its date and campaign filters,
 * {@code pageSize=1} for a count, one short page for {@code LIMIT}), {@code concurrency} pages in
 * flight after the first, each streamed into raw rows and counted. No filtering, sorting or
 * aggregating: whatever a client does beyond this is its overhead.
 */
final class StreamingLimit implements Contender {
  /**
   * One list to read: a path, its filters, the page size, and whether past page 1; a page size of 0
   * marks a single-record endpoint.
   */
  record Fetch(
      String path, Map<String, String> filters, int pageSize, boolean allPages, boolean childRows) {
    static Fetch single(String path) {
      return new Fetch(path, Map.of(), 0, false, false);
    }
  }

  private final ApiSession session;
  private final List<Fetch> plan;
  private final ExecutorService pages;

  StreamingLimit(ApiSession session, List<Fetch> plan, int concurrency) {
    this.session = session;
    this.plan = plan;
    this.pages = Executors.newFixedThreadPool(concurrency);
  }

  /** The requests the scenario needs at the least. */
  static List<Fetch> plan(Scenario scenario, long campaignId, int pageSize) {
    String donations = "/v2/api/listdonations";
    return switch (scenario) {
      case FULL_SCAN, TOP_DONORS -> List.of(new Fetch(donations, Map.of(), pageSize, true, false));
      case MONTH_SLICE ->
          List.of(
              new Fetch(
                  donations,
                  Map.of("startDate", Scenario.MONTH_FIRST_DAY, "endDate", Scenario.MONTH_LAST_DAY),
                  pageSize,
                  true,
                  false));
      case ONE_CAMPAIGN ->
          List.of(
              new Fetch(
                  donations,
                  Map.of("campaignId", Long.toString(campaignId)),
                  pageSize,
                  true,
                  false));
      case COUNT -> List.of(new Fetch(donations, Map.of(), 1, false, false));
      case LIMIT -> List.of(new Fetch(donations, Map.of(), 20, false, false));
      case JOIN_GROUP ->
          List.of(
              new Fetch(donations, Map.of(), pageSize, true, true),
              new Fetch("/v2/api/listcampaigns", Map.of(), pageSize, true, false));
      case POINT_LOOKUP -> List.of(Fetch.single("/v2/api/campaign/" + campaignId));
      case PARTNER_FAN_OUT -> throw new IllegalArgumentException("PartnerLimit reads " + scenario);
    };
  }

  @Override
  public long run() throws IOException, InterruptedException, ExecutionException {
    LongAdder rows = new LongAdder();
    for (Fetch fetch : plan) {
      int totalPages = readPage(fetch, 1, rows).totalPages();
      if (!fetch.allPages()) {
        continue;
      }
      List<Future<PageReader.PageInfo>> rest = new ArrayList<>();
      for (int page = 2; page <= totalPages; page++) {
        int index = page;
        rest.add(pages.submit(() -> readPage(fetch, index, rows)));
      }
      for (Future<PageReader.PageInfo> page : rest) {
        page.get();
      }
    }
    return rows.sum();
  }

  private PageReader.PageInfo readPage(Fetch fetch, int index, LongAdder rows) throws IOException {
    HttpUrl.Builder url = session.url(fetch.path());
    if (fetch.pageSize() > 0) {
      url.addQueryParameter("pageIndex", Integer.toString(index))
          .addQueryParameter("pageSize", Integer.toString(fetch.pageSize()));
    }
    fetch.filters().forEach(url::addQueryParameter);
    try (Response response = session.get(url.build())) {
      if (response.code() == 204) {
        return new PageReader.PageInfo(0, 0);
      }
      RawRecords records = new RawRecords(fetch.childRows(), row -> rows.increment());
      return fetch.pageSize() > 0
          ? PageReader.read(response.body().byteStream(), records::decode)
          : PageReader.readSingle(response.body().byteStream(), records::decode);
    }
  }

  @Override
  public void close() {
    pages.shutdownNow();
  }
}
