package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * The limit of the partner fan-out: the same requests as the pager, {@code concurrency} of them in
 * flight. Each organization's campaigns listing is queued as soon as the organizations page naming
 * it has been read, and a listing's pages after the first as soon as the first has told how many
 * there are; campaign records are streamed into raw rows and counted, nothing else.
 */
final class PartnerLimit implements Contender {
  private final ApiSession session;
  private final int pageSize;
  private final ExecutorService requests;

  PartnerLimit(ApiSession session, int pageSize, int concurrency) {
    this.session = session;
    this.pageSize = pageSize;
    this.requests = Executors.newFixedThreadPool(concurrency);
  }

  @Override
  public long run() throws Exception {
    return new FanOut().run();
  }

  @Override
  public void close() {
    requests.shutdownNow();
  }

  /** One run: its queued requests, the first failure, and the rows read. */
  private final class FanOut {
    private final Phaser queued = new Phaser(1);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final LongAdder rows = new LongAdder();

    long run() throws Exception {
      list(PartnerContenders.organizations(session), this::organization);
      queued.arriveAndAwaitAdvance();
      if (failure.get() != null) {
        throw failure.get();
      }
      return rows.sum();
    }

    /** Queues page 1 of a listing; it queues the other pages. */
    private void list(HttpUrl.Builder listing, PageReader.RecordSink sink) {
      queue(
          () -> {
            int pages = read(PagedListing.page(listing, 1, pageSize), sink);
            for (int page = 2; page <= pages; page++) {
              HttpUrl url = PagedListing.page(listing, page, pageSize);
              queue(() -> read(url, sink));
            }
          });
    }

    private void queue(Request request) {
      queued.register();
      requests.execute(
          () -> {
            try {
              request.send();
            } catch (Exception e) {
              failure.compareAndSet(null, e);
            } finally {
              queued.arriveAndDeregister();
            }
          });
    }

    /** Reads one page into the sink; returns the listing's page count (0 when empty). */
    private int read(HttpUrl url, PageReader.RecordSink sink) throws IOException {
      try (Response response = session.get(url)) {
        return response.code() == 204
            ? 0
            : PageReader.read(response.body().byteStream(), sink).totalPages();
      }
    }

    /** An organization record: its campaigns listing is queued, its other fields skipped. */
    private void organization(JsonParser parser) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("Id")) {
          RawRecords campaigns = new RawRecords(false, row -> rows.increment());
          list(PartnerContenders.campaigns(session, parser.getLongValue()), campaigns::decode);
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  /** One request of a run. */
  @FunctionalInterface
  private interface Request {
    void send() throws IOException;
  }
}
