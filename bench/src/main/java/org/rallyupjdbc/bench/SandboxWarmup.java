package org.rallyupjdbc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import okhttp3.Response;
import org.rallyupjdbc.bench.run.ApiSession;

/**
 * Reads the lists the scenarios use (up to 20 pages each) a few times before anything is measured:
 * a cold sandbox renders a 1,000-record page in ~50 ms, a warm one in ~4 ms, and the first
 * contender should not pay for the server's JIT.
 */
final class SandboxWarmup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUNDS = 3;
  private static final int MAX_PAGES = 20;

  private SandboxWarmup() {}

  static void run(URI baseUrl, int pageSize) throws IOException {
    try (ApiSession session = ApiSession.logIn(baseUrl)) {
      for (int round = 0; round < ROUNDS; round++) {
        readAll(session, "/v2/api/listdonations", pageSize);
        readAll(session, "/v2/api/listcampaigns", pageSize);
      }
    }
  }

  private static void readAll(ApiSession session, String path, int pageSize) throws IOException {
    for (int page = 1; page <= MAX_PAGES; page++) {
      try (Response response =
          session.get(
              session
                  .url(path)
                  .addQueryParameter("pageIndex", Integer.toString(page))
                  .addQueryParameter("pageSize", Integer.toString(pageSize))
                  .build())) {
        if (response.code() == 204
            || !JSON.readTree(response.body().byteStream())
                .path("Result")
                .path("HasNextPage")
                .asBoolean()) {
          return;
        }
      }
    }
  }
}
