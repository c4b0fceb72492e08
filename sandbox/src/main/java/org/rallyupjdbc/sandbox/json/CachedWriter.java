package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A record writer that renders each record once and afterwards copies its JSON text. Generated
 * records never change, and rendering them again on every page dominated the cost of serving large
 * pages and full v3 arrays.
 */
public final class CachedWriter<T> implements RecordWriter<T> {
  private static final JsonFactory JSON = new JsonFactory();

  private final RecordWriter<T> writer;
  private final Map<T, String> texts = Collections.synchronizedMap(new IdentityHashMap<>());

  private CachedWriter(RecordWriter<T> writer) {
    this.writer = writer;
  }

  /** Wraps a writer whose output depends on the record alone. */
  public static <T> RecordWriter<T> of(RecordWriter<T> writer) {
    return new CachedWriter<>(writer);
  }

  @Override
  public void write(JsonGenerator g, T record) throws IOException {
    String text = texts.get(record);
    if (text == null) {
      StringWriter out = new StringWriter(2_048);
      try (JsonGenerator own = JSON.createGenerator(out)) {
        writer.write(own, record);
      }
      text = out.toString();
      texts.put(record, text);
    }
    g.writeRawValue(text);
  }
}
