package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Turns one JSON record into a value while the parser streams over the response, so records never
 * become trees or maps.
 *
 * @param <T> what a record becomes
 */
@FunctionalInterface
public interface RecordDecoder<T> {
  /** Skips the record, for counting records without decoding them. */
  RecordDecoder<Boolean> SKIP =
      parser -> {
        parser.skipChildren();
        return Boolean.TRUE;
      };

  /**
   * Reads the record the parser is positioned on ({@code START_OBJECT}) through its {@code
   * END_OBJECT}.
   *
   * @throws BadValueException if a value does not fit where it goes
   */
  T decode(JsonParser parser) throws IOException;

  /** A value that does not fit its column; the client adds the request to the message. */
  final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the table, column and value. */
    public BadValueException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
