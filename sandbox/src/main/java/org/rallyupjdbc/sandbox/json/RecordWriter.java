package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one record as a JSON value. */
@FunctionalInterface
public interface RecordWriter<T> {
  void write(JsonGenerator g, T record) throws IOException;
}
