package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

/**
 * A failed exchange with RallyUp: an HTTP error status, a transport failure, or a response that is
 * not what the API promises. The message names the request (method and path, never the token), the
 * HTTP status and the API's own error text.
 */
public final class RallyUpApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, coarse enough to choose an SQLState from. */
  public enum Kind {
    /** HTTP 401, or a rejected login. */
    AUTHENTICATION,
    /** HTTP 403. */
    PERMISSION,
    /** HTTP 404 on every candidate path. */
    NOT_FOUND,
    /** HTTP 429. */
    RATE_LIMITED,
    /** Any other 4xx. */
    CLIENT_ERROR,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** The server could not be reached or the connection broke. */
    TRANSPORT,
    /** The statement's query timeout passed while waiting for RallyUp. */
    TIMEOUT,
    /** The statement was cancelled while waiting for RallyUp. */
    CANCELLED,
    /** The body is not the JSON the API documents, or paging misbehaved. */
    MALFORMED_RESPONSE,
    /** A value in a well-formed response does not fit its column. */
    BAD_VALUE,
    /** The statement would make more requests than {@code maxRequestsPerQuery} allows. */
    TOO_MANY_REQUESTS,
    /** Records left a listing while it was read, so some may have been skipped. */
    CHANGED_DURING_SCAN
  }

  private final Kind kind;
  private final int httpStatus;

  /** Creates an exception; {@code httpStatus} is 0 when no response was received. */
  public RallyUpApiException(Kind kind, int httpStatus, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.kind = requireNonNull(kind, "kind");
    this.httpStatus = httpStatus;
  }

  /** Creates an exception without a cause. */
  public RallyUpApiException(Kind kind, int httpStatus, String message) {
    this(kind, httpStatus, message, null);
  }

  /** The statement's query timeout passed {@code while} (e.g. "while reading from RallyUp"). */
  public static RallyUpApiException timedOut(String when, Throwable cause) {
    return new RallyUpApiException(Kind.TIMEOUT, 0, "the query timeout passed " + when, cause);
  }

  /** The failure category. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was no response. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Maps an HTTP error status to its category. */
  public static Kind kindOf(int status) {
    if (status == 401) {
      return Kind.AUTHENTICATION;
    }
    if (status == 403) {
      return Kind.PERMISSION;
    }
    if (status == 404) {
      return Kind.NOT_FOUND;
    }
    if (status == 429) {
      return Kind.RATE_LIMITED;
    }
    return status >= 500 ? Kind.SERVER_ERROR : Kind.CLIENT_ERROR;
  }
}
