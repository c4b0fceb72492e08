package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the standard envelope {@code {"Result": ..., "Ok": ..., "Error": ..., "Metadata": ...}}
 * (docs/paging-and-errors.md). {@code Ok}, {@code Error} and {@code Metadata} are optional; {@code
 * Ok: false} is an error whatever the HTTP status.
 */
final class Envelope {
  private Envelope() {}

  /** Reads an envelope whose {@code Result} is a paginated object. */
  static <T> Page<T> readPage(JsonParser parser, RecordDecoder<T> decoder, String described)
      throws IOException {
    Page.Builder<T> page = new Page.Builder<>();
    readEnvelope(parser, described, () -> readPageObject(parser, decoder, described, page));
    return page.build();
  }

  /** Reads an envelope whose {@code Result} is one record; empty when {@code Result} is null. */
  static <T> List<T> readSingle(JsonParser parser, RecordDecoder<T> decoder, String described)
      throws IOException {
    List<T> records = new ArrayList<>(1);
    readEnvelope(
        parser, described, () -> records.add(JsonBodies.decode(decoder, parser, described)));
    return records;
  }

  private interface ResultReader {
    void read() throws IOException;
  }

  private static void readEnvelope(JsonParser parser, String described, ResultReader result)
      throws IOException {
    if (JsonBodies.next(parser) != JsonToken.START_OBJECT) {
      throw new JsonBodies.JsonParseFailure("expected a JSON object with a Result field");
    }
    boolean sawResult = false;
    boolean ok = true;
    String error = null;
    while (JsonBodies.next(parser) == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = JsonBodies.next(parser);
      switch (field) {
        case "Result" -> {
          sawResult = true;
          if (value == JsonToken.START_OBJECT) {
            result.read();
          } else if (value != JsonToken.VALUE_NULL) {
            throw new JsonBodies.JsonParseFailure("Result is " + value + ", expected an object");
          }
        }
        case "Ok" -> ok = value != JsonToken.VALUE_FALSE;
        case "Error" -> error = value == JsonToken.VALUE_STRING ? parser.getText() : skip(parser);
        default -> parser.skipChildren();
      }
    }
    JsonBodies.expectEnd(parser);
    if (!ok) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.CLIENT_ERROR,
          200,
          described + " answered Ok=false: " + (error == null ? "(no Error text)" : error));
    }
    if (!sawResult) {
      throw new JsonBodies.JsonParseFailure("the envelope has no Result field");
    }
  }

  private static String skip(JsonParser parser) throws IOException {
    String text = parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    parser.skipChildren();
    return text;
  }

  private static <T> void readPageObject(
      JsonParser parser, RecordDecoder<T> decoder, String described, Page.Builder<T> page)
      throws IOException {
    while (JsonBodies.next(parser) == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = JsonBodies.next(parser);
      switch (field) {
        case "Items" -> readItems(parser, value, decoder, described, page);
        case "PageIndex" -> page.pageIndex = intOrNull(parser, value);
        case "TotalPages" -> page.totalPages = intOrNull(parser, value);
        case "TotalCount" -> page.totalCount = intOrNull(parser, value);
        case "HasNextPage" ->
            page.hasNextPage = value == JsonToken.VALUE_NULL ? null : parser.getValueAsBoolean();
        default -> parser.skipChildren();
      }
    }
    if (page.items == null) {
      throw new JsonBodies.JsonParseFailure("the paginated Result has no Items array");
    }
  }

  private static <T> void readItems(
      JsonParser parser,
      JsonToken value,
      RecordDecoder<T> decoder,
      String described,
      Page.Builder<T> page)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      page.items = new ArrayList<>(0);
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      throw new JsonBodies.JsonParseFailure("Items is " + value + ", expected an array");
    }
    page.items = new ArrayList<>();
    JsonToken token;
    while ((token = JsonBodies.next(parser)) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new JsonBodies.JsonParseFailure(
            "an element of Items is " + token + ", not an object");
      }
      page.items.add(JsonBodies.decode(decoder, parser, described));
    }
  }

  private static Integer intOrNull(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw new JsonBodies.JsonParseFailure(
          parser.currentName() + " is " + value + ", not an integer");
    }
    return parser.getIntValue();
  }
}
