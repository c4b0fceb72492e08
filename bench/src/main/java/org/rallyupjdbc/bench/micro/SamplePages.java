package org.rallyupjdbc.bench.micro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/** Realistic response bodies for the micro-benchmarks, taken from a sandbox (seed 7, scale 1). */
public final class SamplePages {
  private static final String TOKEN = "bench";

  private SamplePages() {}

  /** The first page of {@code listdonations} with {@code records} records, as sent. */
  public static byte[] donations(int records) throws IOException, InterruptedException {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withStaticToken(TOKEN))) {
      URI page =
          URI.create(sandbox.baseUrl() + "/v2/api/listdonations?pageIndex=1&pageSize=" + records);
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(page).header("Authorization", "Bearer " + TOKEN).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("the sandbox answered HTTP " + response.statusCode());
      }
      return response.body();
    }
  }
}
