package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a whole response body (or the Result value of an envelope). */
@FunctionalInterface
public interface JsonBody {
  void write(JsonGenerator g) throws IOException;
}
