package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import okhttp3.Response;

/**
 * Streams the records of an {@link Shape#ARRAY} endpoint (a bare JSON array) straight off the
 * socket: one record is decoded per {@link #next()}, so memory does not grow with the response.
 */
final class ArrayCursor<T> implements RecordCursor<T> {
  private final RallyUpClient client;
  private final ApiRequest request;
  private final RecordDecoder<T> decoder;
  private final CallScope scope;
  private RallyUpClient.Exchange exchange;
  private JsonParser parser;
  private boolean opened;
  private boolean exhausted;
  private boolean ready;
  private int records;

  ArrayCursor(RallyUpClient client, ApiRequest request, RecordDecoder<T> decoder, CallScope scope) {
    this.client = client;
    this.request = request;
    this.decoder = decoder;
    this.scope = scope;
  }

  @Override
  public boolean hasNext() {
    if (!opened) {
      open();
    }
    if (ready) {
      return true;
    }
    if (exhausted) {
      return false;
    }
    try {
      JsonToken token = JsonBodies.next(parser);
      if (token == JsonToken.END_ARRAY) {
        JsonBodies.expectEnd(parser);
        exchange.entry().records(records);
        close();
        return false;
      }
      if (token != JsonToken.START_OBJECT) {
        throw new JsonBodies.JsonParseFailure("an array element is " + token + ", not an object");
      }
      ready = true;
      return true;
    } catch (IOException e) {
      RallyUpApiException failure =
          JsonBodies.failure(e, exchange.response(), exchange.described());
      close();
      throw failure;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ready = false;
    records++;
    try {
      return JsonBodies.decode(decoder, parser, exchange.described());
    } catch (IOException e) {
      RallyUpApiException failure =
          JsonBodies.failure(e, exchange.response(), exchange.described());
      close();
      throw failure;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void open() {
    opened = true;
    exchange = client.get(request, Map.of(), scope);
    Response response = exchange.response();
    if (response.code() != 200) {
      exhausted = true;
      response.close();
      if (response.code() == 404) {
        throw new RallyUpApiException(
            RallyUpApiException.Kind.NOT_FOUND, 404, exchange.described() + " answered HTTP 404");
      }
      return;
    }
    try {
      parser = JsonBodies.open(response);
      if (JsonBodies.next(parser) != JsonToken.START_ARRAY) {
        throw new JsonBodies.JsonParseFailure("expected a JSON array of records");
      }
    } catch (IOException e) {
      RallyUpApiException failure = JsonBodies.failure(e, response, exchange.described());
      close();
      throw failure;
    }
  }

  @Override
  public void close() {
    exhausted = true;
    ready = false;
    if (exchange != null) {
      exchange.response().close();
    }
  }
}
