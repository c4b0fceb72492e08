package org.rallyupjdbc.client;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import okhttp3.Response;

/**
 * Reads the single record of an {@link Shape#OBJECT} endpoint. A 204, a null {@code Result} or a
 * 404 in the RallyUp envelope (an unknown e-mail or id) mean no record.
 */
final class ObjectCursor<T> implements RecordCursor<T> {
  private final RallyUpClient client;
  private final ApiRequest request;
  private final RecordDecoder<T> decoder;
  private final CallScope scope;
  private Iterator<T> records;

  ObjectCursor(
      RallyUpClient client, ApiRequest request, RecordDecoder<T> decoder, CallScope scope) {
    this.client = client;
    this.request = request;
    this.decoder = decoder;
    this.scope = scope;
  }

  @Override
  public boolean hasNext() {
    if (records == null) {
      records = fetch().iterator();
    }
    return records.hasNext();
  }

  @Override
  public T next() {
    hasNext();
    return records.next();
  }

  private List<T> fetch() {
    RallyUpClient.Exchange exchange = client.get(request, Map.of(), scope);
    try (Response response = exchange.response()) {
      if (response.code() != 200) {
        return List.of();
      }
      try (JsonParser parser = JsonBodies.open(JsonBodies.bounded(response))) {
        List<T> decoded = Envelope.readSingle(parser, decoder, exchange.described());
        exchange.entry().records(decoded.size());
        return decoded;
      } catch (IOException e) {
        throw JsonBodies.failure(e, response, exchange.described());
      }
    }
  }

  @Override
  public void close() {
    records = List.<T>of().iterator();
  }
}
