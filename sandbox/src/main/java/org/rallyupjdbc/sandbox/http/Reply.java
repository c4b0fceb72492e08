package org.rallyupjdbc.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rallyupjdbc.sandbox.json.Envelope;
import org.rallyupjdbc.sandbox.json.JsonBody;

/**
 * An HTTP answer.
 *
 * @param body null for an empty body
 * @param streamed send chunked while rendering (large v3 arrays, the dump) instead of buffering the
 *     body to send it with a Content-Length
 */
record Reply(int status, Map<String, String> headers, JsonBody body, boolean streamed) {

  static Reply json(JsonBody body) {
    return new Reply(200, Map.of(), body, false);
  }

  static Reply json(int status, JsonBody body) {
    return new Reply(status, Map.of(), body, false);
  }

  static Reply stream(JsonBody body) {
    return new Reply(200, Map.of(), body, true);
  }

  /** A success envelope around one Result value. */
  static Reply ok(JsonBody result) {
    return json(Envelope.ok(result));
  }

  /** An empty answer: 204 "no data to return", or 200 with no body for fire-and-forget writes. */
  static Reply empty(int status) {
    return new Reply(status, Map.of(), null, false);
  }

  static Reply error(int status, String message) {
    return json(status, Envelope.error(message));
  }

  Reply withHeaders(Map<String, String> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(extra);
    return new Reply(status, Map.copyOf(all), body, streamed);
  }
}
