package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.bench.run.ApiSession;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * The replay server answers a page the sandbox rendered once from memory, byte for byte, counts
 * every request as the sandbox would, and passes logins through.
 */
class ReplayServerTest {
  private static final String TOKEN = "replay-test";
  private static final String PAGE = "/v2/api/listdonations?pageIndex=2&pageSize=50";

  @Test
  void recordsOnceThenReplaysAndCountsEveryRequest() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withStaticToken(TOKEN));
        ReplayServer replay = ReplayServer.start(sandbox.baseUrl(), 0);
        ApiSession direct = ApiSession.logIn(sandbox.baseUrl());
        ApiSession replayed = ApiSession.logIn(replay.baseUrl())) {
      direct.resetRequestCount();
      replayed.resetRequestCount();
      HttpClient http = HttpClient.newHttpClient();
      byte[] first = get(http, replay.baseUrl(), PAGE);
      byte[] second = get(http, replay.baseUrl(), PAGE);
      byte[] rendered = get(http, sandbox.baseUrl(), PAGE);

      assertThat(first).isEqualTo(rendered);
      assertThat(second).isEqualTo(rendered);
      assertThat(replay.recordedCount()).isEqualTo(1);
      assertThat(replayed.requestCount()).isEqualTo(2);
      // the sandbox saw the recording and the direct request, not the replayed one
      assertThat(direct.requestCount()).isEqualTo(2);
      replayed.resetRequestCount();
      assertThat(replayed.requestCount()).isZero();
    }
  }

  private static byte[] get(HttpClient http, URI base, String path) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
