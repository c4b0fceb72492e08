package org.rallyupjdbc.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server whose cost per page is negligible, so that a benchmark measures the client: it answers
 * {@code GET}s from pre-rendered bytes in memory, recorded from the sandbox the first time each URL
 * is asked for (the contenders' warm-up runs), and passes everything else (logins) through. It
 * sleeps the same jittered latency as the sandbox before every answer, and counts requests (every
 * one but its control requests) and answers {@code /_sandbox/stats} itself, so the contenders
 * measure against it exactly as against the sandbox.
 */
final class ReplayServer implements AutoCloseable {
  private static final String CONTROL = "/_sandbox/";
  private static final int THREADS = 8;

  /** A recorded answer. */
  private record Answer(int status, String contentType, byte[] body) {}

  private final URI upstream;
  private final int latencyMs;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemons());
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Answer> recorded = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final Random jitter = new Random(7);

  private ReplayServer(URI upstream, int latencyMs) throws IOException {
    this.upstream = upstream;
    this.latencyMs = latencyMs;
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  /** Starts a replay server in front of the sandbox at {@code upstream}. */
  static ReplayServer start(URI upstream, int latencyMs) throws IOException {
    ReplayServer replay = new ReplayServer(upstream, latencyMs);
    replay.server.start();
    return replay;
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** URLs recorded so far. */
  int recordedCount() {
    return recorded.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      if (path.startsWith(CONTROL)) {
        control(exchange, path);
        return;
      }
      requests.incrementAndGet();
      sleepLatency();
      String key = query == null ? path : path + "?" + query;
      boolean get = exchange.getRequestMethod().equals("GET");
      Answer answer = get ? recorded.get(key) : null;
      if (answer == null) {
        answer = forward(exchange, key);
        if (get && (answer.status() == 200 || answer.status() == 204)) {
          recorded.put(key, answer);
        }
      }
      send(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void control(HttpExchange exchange, String path) throws IOException {
    if (path.equals(CONTROL + "stats/reset")) {
      requests.set(0);
      send(exchange, new Answer(204, null, new byte[0]));
    } else if (path.equals(CONTROL + "stats")) {
      byte[] body = ("{\"total\":" + requests.get() + "}").getBytes(StandardCharsets.UTF_8);
      send(exchange, new Answer(200, "application/json", body));
    } else {
      send(exchange, new Answer(404, null, new byte[0]));
    }
  }

  private void sleepLatency() throws InterruptedException {
    if (latencyMs > 0) {
      double factor;
      synchronized (jitter) {
        factor = 0.8 + 0.4 * jitter.nextDouble();
      }
      Thread.sleep(Math.round(latencyMs * factor));
    }
  }

  private Answer forward(HttpExchange exchange, String key)
      throws IOException, InterruptedException {
    byte[] sent;
    try (InputStream in = exchange.getRequestBody()) {
      sent = in.readAllBytes();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(upstream + key))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(sent));
    for (String header : new String[] {"Authorization", "Content-Type", "Accept"}) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    HttpResponse<byte[]> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    if (answer.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    }
    boolean empty = answer.body().length == 0;
    exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    return task -> {
      Thread thread = new Thread(task, "replay-server");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
