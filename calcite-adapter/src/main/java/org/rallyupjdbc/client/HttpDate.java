package org.rallyupjdbc.client;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** HTTP dates (RFC 1123), as {@code Retry-After} and the login's {@code .expires} carry them. */
final class HttpDate {
  private HttpDate() {}

  /** The instant {@code text} names, or empty when it is not an HTTP date. */
  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip())));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
