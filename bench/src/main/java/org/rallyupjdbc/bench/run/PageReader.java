package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams one page envelope ({@code {"Result": {"Items": [...], ..., "TotalPages": n}}}) and hands
 * each record to a sink while the parser stands on it. Independent of the driver's own envelope
 * code, so the contenders that use it measure their own path.
 */
final class PageReader {
  private static final JsonFactory JSON = new JsonFactory();

  /** Consumes the record the parser is positioned on, through its {@code END_OBJECT}. */
  @FunctionalInterface
  interface RecordSink {
    void accept(JsonParser parser) throws IOException;
  }

  /** The paging fields of a page that was read. */
  record PageInfo(int records, int totalPages) {}

  private PageReader() {}

  static PageInfo read(InputStream body, RecordSink sink) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      PageInfo info = new PageInfo(0, 0);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("Result") && value == JsonToken.START_OBJECT) {
          info = readResult(parser, sink);
        } else {
          parser.skipChildren();
        }
      }
      return info;
    }
  }

  /** Reads a single-record envelope ({@code {"Result": {...}}}); one record, one page. */
  static PageInfo readSingle(InputStream body, RecordSink sink) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      int records = 0;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("Result") && value == JsonToken.START_OBJECT) {
          sink.accept(parser);
          records++;
        } else {
          parser.skipChildren();
        }
      }
      return new PageInfo(records, 1);
    }
  }

  private static PageInfo readResult(JsonParser parser, RecordSink sink) throws IOException {
    int records = 0;
    int totalPages = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "Items" -> {
          expect(value, JsonToken.START_ARRAY);
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            sink.accept(parser);
            records++;
          }
        }
        case "TotalPages" -> totalPages = parser.getIntValue();
        default -> parser.skipChildren();
      }
    }
    return new PageInfo(records, totalPages);
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " in the page envelope, found " + actual);
    }
  }
}
