package org.rallyupjdbc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Extracts the human-readable reason from an error body, whatever shape it has. */
final class ApiError {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 300;

  private ApiError() {}

  /**
   * The API's {@code Error} text from the envelope, an OAuth {@code error_description}, an ASP.NET
   * {@code Message}, or the start of a non-JSON body.
   */
  static String of(byte[] body) {
    if (body.length == 0) {
      return "(empty body)";
    }
    try {
      JsonNode node = JSON.readTree(body);
      for (String field : new String[] {"Error", "error_description", "Message", "error"}) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isNull()) {
          return value.isTextual() ? value.asText() : value.toString();
        }
      }
      return clip(node.toString());
    } catch (IOException notJson) {
      return clip(new String(body, StandardCharsets.UTF_8).strip());
    }
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

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
