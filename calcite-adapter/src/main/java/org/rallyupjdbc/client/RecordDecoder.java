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

  /**
   * The key of the record that {@code decoded} came from, or null when records have none. A paged
   * scan drops a record whose key it read on an earlier page: a listing that changes while it is
   * read shifts records from one page to the next.
   */
  default Object keyOf(T decoded) {
    return null;
  }

  /** A value that does not fit its column; the client adds the request to the message. */
  final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the table, column and value. */
    public BadValueException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
