package org.rallyupjdbc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Extracts the human-readable reason from an error body, whatever shape it has. */
final class ApiError {
  /** The most of an error body that is read; the API's own error bodies are far smaller. */
  static final int MAX_BODY_BYTES = 64 << 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The start of a body that is read whole (an error, a login answer): at most {@link
   * #MAX_BODY_BYTES} and one byte more, which tells that the body is longer.
   */
  static byte[] head(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    long limit = MAX_BODY_BYTES + 1L;
    source.request(limit);
    return source.getBuffer().readByteArray(Math.min(limit, source.getBuffer().size()));
  }

  private ApiError() {}

  /** {@link #of(byte[], MediaType)} for a body whose content type is not known. */
  static String of(byte[] body) {
    return of(body, null);
  }

  /**
   * The API's {@code Error} text from the envelope, an OAuth {@code error_description}, an ASP.NET
   * {@code Message}, or the start of a non-JSON body or of one longer than {@link #MAX_BODY_BYTES}
   * (of which one byte more than that is passed).
   */
  static String of(byte[] body, MediaType type) {
    if (body.length == 0) {
      return "(empty body)";
    }
    String typed = type == null ? "" : " (content type " + type + ")";
    if (body.length > MAX_BODY_BYTES) {
      return "the body is longer than "
          + (MAX_BODY_BYTES >> 10)
          + " KiB"
          + typed
          + ", it begins: "
          + BodyText.of(body);
    }
    try {
      JsonNode node = JSON.readTree(body);
      for (String field : new String[] {"Error", "error_description", "Message", "error"}) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isNull()) {
          return value.isTextual() ? value.asText() : value.toString();
        }
      }
      return BodyText.of(node.toString());
    } catch (IOException notJson) {
      return "the body is not JSON" + typed + ": " + BodyText.of(body);
    }
  }

  /** Whether the content type is an HTML page, which is never the API's JSON. */
  static boolean isHtml(MediaType type) {
    return type != null
        && (type.subtype().equalsIgnoreCase("html")
            || type.subtype().equalsIgnoreCase("xhtml+xml"));
  }

  /**
   * Whether the body is a RallyUp envelope (so a 404 means "no such record", not "no such path").
   */
  static boolean isEnvelope(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() && (node.has("Ok") || node.has("Result"));
    } catch (IOException notJson) {
      return false;
    }
  }
}
