package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The v1/v2 and Partner API envelope {@code {"Result","Ok","Error","Metadata"}} and its pages. */
public final class Envelope {
  private Envelope() {}

  /** A successful envelope around the given Result value. */
  public static JsonBody ok(JsonBody result) {
    return g -> {
      g.writeStartObject();
      g.writeFieldName("Result");
      result.write(g);
      g.writeBooleanField("Ok", true);
      g.writeNullField("Error");
      metadata(g);
      g.writeEndObject();
    };
  }

  /** A failed envelope: {@code Result} null, {@code Ok} false, {@code Error} the message. */
  public static JsonBody error(String message) {
    return g -> {
      g.writeStartObject();
      g.writeNullField("Result");
      g.writeBooleanField("Ok", false);
      g.writeStringField("Error", message);
      metadata(g);
      g.writeEndObject();
    };
  }

  /**
   * The paginated object, {@code Items} first.
   *
   * @param items the records of this page only
   * @param total the number of records on all pages
   */
  public static <T> JsonBody page(
      List<T> items, int pageIndex, int pageSize, int total, RecordWriter<T> writer) {
    return g -> {
      int pages = (total + pageSize - 1) / pageSize;
      g.writeStartObject();
      g.writeArrayFieldStart("Items");
      for (T item : items) {
        writer.write(g, item);
      }
      g.writeEndArray();
      g.writeNumberField("Count", items.size());
      g.writeNumberField("PageIndex", pageIndex);
      g.writeNumberField("PageSize", pageSize);
      g.writeNumberField("TotalCount", total);
      g.writeNumberField("TotalPages", pages);
      g.writeBooleanField("HasPreviousPage", pageIndex > 1);
      g.writeBooleanField("HasNextPage", pageIndex < pages);
      g.writeEndObject();
    };
  }

  /** A bare JSON array of records (v3). */
  public static <T> JsonBody array(List<T> records, RecordWriter<T> writer) {
    return g -> {
      g.writeStartArray();
      for (T record : records) {
        writer.write(g, record);
      }
      g.writeEndArray();
    };
  }

  private static void metadata(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("Metadata");
    g.writeEndObject();
  }
}
