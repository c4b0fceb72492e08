package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer as a recording keeps it, and the file format: a JSON object {@code
 * {"request": {"method", "target"}, "response": {"status", "headers", "json" | "text"}}}. The
 * target is the path and query; no request header or body is kept (they carry the token and the
 * login), and only the response headers in {@link #KEPT_HEADERS}. A JSON body is kept as JSON, so a
 * recording can be read and edited, with numbers exactly as they were sent ({@code 12.50} stays
 * {@code 12.50}).
 *
 * @param body the JSON answer, if it was JSON
 * @param text the answer as text, if it was not JSON (empty for an empty body)
 */
record RecordedExchange(
    String method,
    String target,
    int status,
    Map<String, String> headers,
    Optional<JsonNode> body,
    String text) {
  /** Response headers worth replaying; none of them can carry a credential. */
  static final List<String> KEPT_HEADERS =
      List.of("Content-Type", "Retry-After", "WWW-Authenticate", "Allow");

  private static final int INDENT_LIMIT = 64 << 10;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  RecordedExchange {
    requireNonNull(method, "method");
    requireNonNull(target, "target");
    headers = Map.copyOf(headers);
    requireNonNull(body, "body");
    requireNonNull(text, "text");
  }

  /** The key a replay finds this answer by. */
  String key() {
    return method + " " + target;
  }

  /** The body bytes to replay. */
  byte[] bodyBytes() throws IOException {
    if (body.isPresent()) {
      return JSON.writer()
          .without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsBytes(body.get());
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The exchange as a file's content. */
  byte[] toFile() throws IOException {
    ObjectNode file = JSON.createObjectNode();
    ObjectNode request = file.putObject("request");
    request.put("method", method);
    request.put("target", target);
    ObjectNode response = file.putObject("response");
    response.put("status", status);
    ObjectNode kept = response.putObject("headers");
    headers.forEach(kept::put);
    if (body.isPresent()) {
      response.set("json", body.get());
    } else {
      response.put("text", text);
    }
    // indented when small, for people reading a bug report; pages of records stay compact
    return bodyBytes().length > INDENT_LIMIT
        ? JSON.writeValueAsBytes(file)
        : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
  }

  /**
   * The key of the exchange in {@code file} from its {@code request} alone, which {@link #toFile()}
   * writes first, so that reading a large recording does not parse every body.
   */
  static String keyOf(Path file) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      if (parser.nextToken() == JsonToken.START_OBJECT
          && parser.nextToken() == JsonToken.FIELD_NAME
          && parser.currentName().equals("request")
          && parser.nextToken() == JsonToken.START_OBJECT) {
        JsonNode request = JSON.readTree(parser);
        if (request.path("method").isTextual() && request.path("target").isTextual()) {
          return request.get("method").asText() + " " + request.get("target").asText();
        }
      }
    }
    return fromFile(Files.readAllBytes(file)).key();
  }

  /** Reads a file written by {@link #toFile()}. */
  static RecordedExchange fromFile(byte[] content) throws IOException {
    JsonNode file = JSON.readTree(content);
    JsonNode request = file.path("request");
    JsonNode response = file.path("response");
    if (!request.path("method").isTextual()
        || !request.path("target").isTextual()
        || !response.path("status").isInt()) {
      throw new IOException(
          "not a recorded exchange: request.method, request.target or"
              + " response.status is missing");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .path("headers")
        .properties()
        .forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
    JsonNode json = response.get("json");
    return new RecordedExchange(
        request.get("method").asText(),
        request.get("target").asText(),
        response.get("status").asInt(),
        headers,
        Optional.ofNullable(json),
        response.path("text").asText(""));
  }
}
