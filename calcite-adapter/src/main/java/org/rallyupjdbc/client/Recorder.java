package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Writes every exchange of one connection to a recording directory, one file per attempt ({@code
 * 000001.json}, ...), for a bug report or a test fixture. It sits innermost, so it sees each
 * attempt as sent, retries and logins included.
 *
 * <p>What is removed before anything is written: every request header (the {@code Authorization}
 * header with the token) and every request body (the login with the secret); the {@code
 * access_token} of login answers; personal data, by {@link Redactor}, in the target and the answer.
 * As a last guard, any occurrence of the secret or of a token this connection used is replaced in
 * the written text. A body is read whole before it is passed on, so recording costs memory and the
 * streaming of v3 arrays.
 */
final class Recorder implements Interceptor {
  /** The file that marks a directory as a recording. */
  static final String MANIFEST = "recording.json";

  private static final String HIDDEN = "[removed]";

  private final Path dir;
  private final Redactor redactor = new Redactor();
  private final Set<String> credentials = ConcurrentHashMap.newKeySet();
  private final AtomicInteger sequence = new AtomicInteger();

  /** A recorder writing into {@code dir}, which {@link #prepare} has made a recording. */
  Recorder(Path dir, Secret secret) {
    this.dir = requireNonNull(dir, "dir");
    credentials.add(secret.reveal());
  }

  /**
   * Makes {@code dir} (created if missing) a new recording; fails if it already holds one, so two
   * sessions never mix their fakes in one recording.
   */
  static void prepare(Path dir) throws IOException {
    Files.createDirectories(dir);
    String manifest =
        "{\n  \"format\": 1,\n  \"recordedBy\": \"rallyup-jdbc\",\n  \"note\": \"requests without"
            + " headers or bodies; tokens, secrets and personal data replaced\"\n}\n";
    try {
      Files.writeString(dir.resolve(MANIFEST), manifest, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(dir + " already holds a recording; record into a new directory", e);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String authorization = request.header("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      credentials.add(authorization.substring("Bearer ".length()));
    }
    Response response = chain.proceed(request);
    ResponseBody original = response.body();
    MediaType type = original.contentType();
    byte[] bytes = original.bytes();
    write(exchange(request, response, bytes));
    return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
  }

  private RecordedExchange exchange(Request request, Response response, byte[] bytes) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : RecordedExchange.KEPT_HEADERS) {
      String value = response.header(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    Optional<JsonNode> json = json(bytes);
    json.ifPresent(this::hideTokens);
    if (response.isSuccessful()) {
      json.ifPresent(redactor::redact);
    } else {
      json.ifPresent(redactor::redactTexts);
    }
    String text = json.isPresent() ? "" : redactor.text(new String(bytes, StandardCharsets.UTF_8));
    return new RecordedExchange(
        request.method(), target(request.url()), response.code(), headers, json, text);
  }

  private static Optional<JsonNode> json(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(RecordedExchange.JSON.readTree(bytes));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /** Removes the token of a login answer, remembering it so it is never written elsewhere. */
  private void hideTokens(JsonNode body) {
    if (body instanceof ObjectNode object) {
      for (String field : List.of("access_token", "refresh_token")) {
        JsonNode token = object.get(field);
        if (token != null && token.isTextual()) {
          credentials.add(token.asText());
          object.put(field, HIDDEN);
        }
      }
    }
  }

  /** Path and query with personal values replaced, encoded as the client encodes them. */
  String target(HttpUrl url) {
    HttpUrl.Builder redacted = url.newBuilder().query(null);
    List<String> segments = url.pathSegments();
    for (int i = 0; i < segments.size(); i++) {
      redacted.setPathSegment(i, redactor.text(segments.get(i)));
    }
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      redacted.addQueryParameter(
          url.queryParameterName(i), value == null ? null : redactor.text(value));
    }
    HttpUrl result = redacted.build();
    if (result.equals(url)) {
      result = url;
    }
    String query = result.encodedQuery();
    return result.encodedPath() + (query == null ? "" : "?" + query);
  }

  private void write(RecordedExchange exchange) throws IOException {
    String content = new String(exchange.toFile(), StandardCharsets.UTF_8);
    for (String credential : credentials) {
      if (credential.length() >= 4) {
        content = content.replace(credential, HIDDEN);
      }
    }
    String name = String.format("%06d.json", sequence.incrementAndGet());
    Files.writeString(dir.resolve(name), content, StandardOpenOption.CREATE_NEW);
  }
}
