package org.rallyupjdbc.client;

import okhttp3.MediaType;

/**
 * Content checks on an answer before its body is read as records: HTML is never the API's JSON (a
 * proxy or a network login page answered), a 404 without RallyUp's envelope means the path is not
 * served, and any other status but 200, 204 or an enveloped 404 is a failure naming the request,
 * the retries and RallyUp's own error text.
 */
final class ResponseCheck {
  private ResponseCheck() {}

  /** Whether a 200 answer carries HTML instead of JSON; other types (none, text) may be JSON. */
  static boolean isHtml(int status, MediaType type) {
    return status == 200 && ApiError.isHtml(type);
  }

  /** The failure for an HTML page where JSON was expected. */
  static RallyUpApiException notJson(int status, MediaType type, byte[] page, String described) {
    return new RallyUpApiException(
        RallyUpApiException.Kind.MALFORMED_RESPONSE,
        status,
        described
            + " answered HTTP 200 with content type "
            + type
            + ", not JSON; a proxy or a network login page may have answered instead of"
            + " RallyUp: "
            + BodyText.of(page));
  }

  /** Whether an error answer says "no such record" (RallyUp's envelope) rather than a failure. */
  static boolean isMissingRecord(int status, byte[] body) {
    return status == 404 && ApiError.isEnvelope(body);
  }

  /** Whether an error answer means this path is not served (try the next candidate). */
  static boolean isNotServed(int status, byte[] body) {
    return status == 404 && !ApiError.isEnvelope(body);
  }

  /** The failure for any other status. */
  static RallyUpApiException failed(
      int status,
      MediaType type,
      byte[] body,
      RetryInterceptor.Attempts attempts,
      String described) {
    return new RallyUpApiException(
        RallyUpApiException.kindOf(status),
        status,
        described
            + " answered HTTP "
            + status
            + attempts.after()
            + ": "
            + ApiError.of(body, type)
            + attempts.gaveUp());
  }
}
