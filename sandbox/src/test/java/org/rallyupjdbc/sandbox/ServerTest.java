package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Server behaviour: TCP_NODELAY, parallel serving, binding and shutdown. */
class ServerTest {

  @Test
  void startSetsNoDelayServesFastAndHoldsItsPort() {
    try (TestClient client = TestClient.start(SandboxOptions.defaults().withStaticToken("t"))) {
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
      assertThat(client.sandbox.baseUrl().toString())
          .isEqualTo("http://127.0.0.1:" + client.sandbox.port());
      for (int i = 0; i < 20; i++) {
        client.get("/v2/api/listdonations?pageSize=2", "t");
      }
      long started = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        assertThat(
                client
                    .get("/v2/api/listdonations?pageSize=2&pageIndex=" + (i + 1), "t")
                    .statusCode())
            .isEqualTo(200);
      }
      // With Nagle's algorithm on, each response would wait ~40 ms for a delayed ACK (8 s).
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(4_000);
      SandboxOptions samePort = SandboxOptions.defaults().withPort(client.sandbox.port());
      assertThatThrownBy(() -> Sandbox.start(samePort)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void requestsAreServedInParallel() {
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try (TestClient client =
        TestClient.start(SandboxOptions.defaults().withLatencyMs(400).withStaticToken("t"))) {
      long started = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> calls =
          IntStream.range(0, 6)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> client.get("/v3/api/teams", "t"), callers))
              .toList();
      calls.forEach(call -> assertThat(call.join().statusCode()).isEqualTo(200));
      long ms = (System.nanoTime() - started) / 1_000_000;
      // Served one at a time, six requests would take at least 6 x 320 ms.
      assertThat(ms).isLessThan(6 * 320);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void closeStopsTheServerAndItsThreads() throws IOException {
    TestClient client = TestClient.start();
    int port = client.sandbox.port();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      assertThat(socket.isConnected()).isTrue();
    }
    client.close();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().startsWith("rallyup-sandbox-") && thread.isAlive());
  }
}
