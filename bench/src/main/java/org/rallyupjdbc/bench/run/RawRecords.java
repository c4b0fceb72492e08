package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The least work that turns a record into a row: scalars as the tokenizer reads them (text, long,
 * double, boolean), nested objects flattened into the same row, no type conversion. Arrays of
 * objects become child rows when asked for, otherwise they are skipped.
 */
final class RawRecords {
  private final boolean childRows;
  private final Consumer<Object[]> rows;
  private final List<Object> values = new ArrayList<>(96);

  RawRecords(boolean childRows, Consumer<Object[]> rows) {
    this.childRows = childRows;
    this.rows = rows;
  }

  /** Decodes the record the parser stands on ({@code START_OBJECT}). */
  void decode(JsonParser parser) throws IOException {
    values.clear();
    readObject(parser, values);
    rows.accept(values.toArray());
  }

  private void readObject(JsonParser parser, List<Object> row) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonToken value = parser.nextToken();
      switch (value) {
        case START_OBJECT -> readObject(parser, row);
        case START_ARRAY -> readArray(parser);
        case VALUE_STRING -> row.add(parser.getText());
        case VALUE_NUMBER_INT -> row.add(parser.getLongValue());
        case VALUE_NUMBER_FLOAT -> row.add(parser.getDoubleValue());
        case VALUE_TRUE, VALUE_FALSE -> row.add(value == JsonToken.VALUE_TRUE);
        default -> row.add(null);
      }
    }
  }

  private void readArray(JsonParser parser) throws IOException {
    if (!childRows) {
      parser.skipChildren();
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        List<Object> child = new ArrayList<>(8);
        readObject(parser, child);
        rows.accept(child.toArray());
      } else {
        parser.skipChildren();
      }
    }
  }
}
