package org.rallyupjdbc.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Answers every request from a recording instead of the network (OkHttp never opens a socket: this
 * interceptor answers before its own network layers run). A request is found by method, path and
 * query; when the recording holds several answers for it (a retried request, a listing read twice)
 * they are served in the order recorded, and the last one again once they are used up. A request
 * the recording does not hold gets HTTP 400 with a RallyUp error naming it; a login the recording
 * does not hold gets a placeholder token, since no request depends on the token's value.
 */
final class Replayer implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Path dir;
  private final Map<String, Deque<Path>> answers;

  private Replayer(Path dir, Map<String, Deque<Path>> answers) {
    this.dir = dir;
    this.answers = answers;
  }

  /** Reads the recording in {@code dir}; fails when it is not one or a file cannot be read. */
  static Replayer load(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(Recorder.MANIFEST))) {
      throw new IOException(
          dir + " is not a recording (it has no " + Recorder.MANIFEST + "); see docs/real-api.md");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).sorted().toList();
    }
    Map<String, Deque<Path>> answers = new HashMap<>();
    for (Path file : files) {
      answers.computeIfAbsent(keyOf(file), k -> new ArrayDeque<>()).addLast(file);
    }
    return new Replayer(dir, answers);
  }

  private static String keyOf(Path file) throws IOException {
    try {
      return RecordedExchange.keyOf(file);
    } catch (IOException e) {
      throw new IOException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String query = request.url().encodedQuery();
    String target = request.url().encodedPath() + (query == null ? "" : "?" + query);
    Path file = next(request.method() + " " + target);
    if (file == null) {
      return request.method().equals("POST") && target.endsWith("token")
          ? respond(request, 200, Map.of(), placeholderToken())
          : respond(request, 400, Map.of(), missing(request.method() + " " + target));
    }
    RecordedExchange answer = RecordedExchange.fromFile(Files.readAllBytes(file));
    return respond(request, answer.status(), answer.headers(), answer.bodyBytes());
  }

  private synchronized Path next(String key) {
    Deque<Path> queue = answers.get(key);
    if (queue == null) {
      return null;
    }
    return queue.size() > 1 ? queue.removeFirst() : queue.peekFirst();
  }

  private static Response respond(
      Request request, int status, Map<String, String> headers, byte[] body) {
    String type = headers.get("Content-Type");
    Response.Builder response =
        new Response.Builder()
            .request(request)
            .protocol(Protocol.HTTP_1_1)
            .code(status)
            .message("replayed")
            .body(ResponseBody.create(body, type == null ? JSON : MediaType.parse(type)));
    headers.forEach(response::header);
    return response.build();
  }

  private static byte[] placeholderToken() throws IOException {
    return RecordedExchange.JSON.writeValueAsBytes(
        Map.of("access_token", "replayed", "token_type", "bearer", "expires_in", 604799));
  }

  private byte[] missing(String request) throws IOException {
    Map<String, Object> envelope = new java.util.LinkedHashMap<>();
    envelope.put("Result", null);
    envelope.put("Ok", false);
    envelope.put(
        "Error",
        "the recording in "
            + dir
            + " holds no answer to "
            + request
            + "; a replay answers only the requests that were recorded");
    return RecordedExchange.JSON.writeValueAsBytes(envelope);
  }
}
