package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Streams response bodies through Jackson and turns every way they can go wrong into one message.
 * Hostile or broken responses are bounded: nesting depth, string and number length, and the size of
 * bodies that are read whole (a page, a single record).
 */
final class JsonBodies {
  /** Largest page or single-record body; at 1,000 records a page RallyUp's are about 1.5 MiB. */
  static final long MAX_BODY_BYTES = 64L << 20;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxStringLength(4_000_000)
                  .maxNumberLength(100)
                  .build())
          .build();

  private JsonBodies() {}

  /** Opens a streaming parser on the body of a 200 response. */
  static JsonParser open(Response response) throws IOException {
    return open(response.body().byteStream());
  }

  /** The body of a response that is read whole, failing past {@link #MAX_BODY_BYTES}. */
  static InputStream bounded(Response response) {
    return new FilterInputStream(response.body().byteStream()) {
      private long remaining = MAX_BODY_BYTES;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) throws JsonParseFailure {
        remaining -= n;
        if (remaining < 0) {
          throw new JsonParseFailure(
              "the body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB; lower pageSize");
        }
      }
    };
  }

  /** Opens a streaming parser on a body read whole. */
  static JsonParser open(byte[] body) throws IOException {
    return FACTORY.createParser(body);
  }

  /** Opens a streaming parser on a body stream. */
  static JsonParser open(InputStream body) throws IOException {
    return FACTORY.createParser(body);
  }

  /** Moves to the next token, failing if the body ends. */
  static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonParseFailure("the body ends too early");
    }
    return token;
  }

  /** Fails unless the document has ended. */
  static void expectEnd(JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new JsonParseFailure("unexpected content after the JSON document");
    }
  }

  /** Decodes one record, adding the request to any conversion failure. */
  static <T> T decode(RecordDecoder<T> decoder, JsonParser parser, String described)
      throws IOException {
    try {
      return decoder.decode(parser);
    } catch (RecordDecoder.BadValueException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.BAD_VALUE, 200, e.getMessage() + " (in " + described + ")", e);
    }
  }

  /** The exception to throw when reading a 200 body failed. */
  static RallyUpApiException failure(IOException e, Response response, String described) {
    // a body that no encoding of JSON can read (Jackson guesses UTF-32 from NUL bytes) is malformed
    // too, not a broken connection
    if (e instanceof JsonProcessingException
        || e instanceof JsonParseFailure
        || e instanceof CharConversionException) {
      MediaType type = response.body().contentType();
      return new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          response.code(),
          described
              + " answered HTTP "
              + response.code()
              + " with a body that is not the JSON RallyUp documents"
              + (type == null ? "" : " (content type " + type + ")")
              + ": "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
    return new RallyUpApiException(
        RallyUpApiException.Kind.TRANSPORT,
        response.code(),
        described + " failed while reading the response: " + e,
        e);
  }

  /** The body is well-formed JSON but not of the documented shape. */
  static final class JsonParseFailure extends IOException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(String message) {
      super(message);
    }
  }
}
