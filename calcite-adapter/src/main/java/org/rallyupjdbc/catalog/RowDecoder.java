package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.rallyupjdbc.client.RecordDecoder;

/**
 * Decodes a RallyUp record straight from the token stream into the rows of one table: one row for a
 * plain table, one row per array element for a child table. Only projected columns are converted;
 * every other field is skipped without being materialized, except the record's key (the primary key
 * columns read from the record), which a scan needs to drop a record that a listing changing under
 * it sends on two pages.
 */
public final class RowDecoder implements RecordDecoder<List<Object[]>> {
  /** What to do with the value of one JSON field. */
  private sealed interface FieldPlan permits Scalar, Nested, Elements {}

  /** Converts the value into one or more columns (a currency string feeds its DECIMAL twin too). */
  private record Scalar(List<ColumnSpec> columns, int[] slots) implements FieldPlan {}

  /** Descends into an object whose fields are flattened into columns. */
  private record Nested(Map<String, FieldPlan> fields) implements FieldPlan {}

  /** Unnests an array of objects into child rows. */
  private record Elements(Map<String, FieldPlan> fields) implements FieldPlan {}

  private final TableSpec table;
  private final ColumnSpec[] projected;
  private final Map<String, FieldPlan> recordFields = new HashMap<>();
  private final Object[] constants;

  /** The constants without the hidden key slots: element rows never hold the record's key. */
  private final Object[] elementConstants;

  private final int width;
  private final int[] keySlots;
  private final int[] recordSlots;
  private final int[] notNullSlots;
  private final boolean child;

  private RowDecoder(TableSpec table, int[] projection, Map<String, String> parameters) {
    this.table = table;
    this.child = table.childArray().isPresent();
    this.projected = new ColumnSpec[projection.length];
    this.width = projection.length;
    int[] keyColumns =
        recordKey(table).stream()
            .mapToInt(table::columnIndex)
            .filter(index -> table.columns().get(index).origin() == ColumnSpec.Origin.RECORD)
            .toArray();
    this.keySlots = new int[keyColumns.length];
    int hidden = 0;
    for (int k = 0; k < keySlots.length; k++) {
      int slot = indexOf(projection, keyColumns[k]);
      keySlots[k] = slot >= 0 ? slot : width + hidden++;
    }
    this.constants = new Object[width + hidden];
    Map<String, FieldPlan> elementFields = new HashMap<>();
    table.childArray().ifPresent(array -> recordFields.put(array, new Elements(elementFields)));
    List<Integer> fromRecord = new ArrayList<>();
    List<Integer> notNull = new ArrayList<>();
    for (int slot = 0; slot < projection.length; slot++) {
      ColumnSpec column = table.columns().get(projection[slot]);
      projected[slot] = column;
      switch (column.origin()) {
        case RECORD -> {
          place(recordFields, column, 0, slot);
          fromRecord.add(slot);
        }
        case ELEMENT -> place(elementFields, column, 0, slot);
        case PARAMETER -> constants[slot] = parameterValue(column, parameters);
      }
      if (!column.nullable()) {
        notNull.add(slot);
      }
    }
    for (int k = 0; k < keySlots.length; k++) {
      if (keySlots[k] >= width) {
        place(recordFields, table.columns().get(keyColumns[k]), 0, keySlots[k]);
      }
    }
    this.elementConstants = Arrays.copyOf(constants, width);
    this.recordSlots = fromRecord.stream().mapToInt(Integer::intValue).toArray();
    this.notNullSlots = notNull.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The columns naming the record: a child table's record is its parent's row. */
  private static List<String> recordKey(TableSpec table) {
    return table.childArray().isPresent()
        ? table.foreignKeys().get(0).columns()
        : table.primaryKey();
  }

  private static int indexOf(int[] projection, int column) {
    for (int slot = 0; slot < projection.length; slot++) {
      if (projection[slot] == column) {
        return slot;
      }
    }
    return -1;
  }

  private static void place(Map<String, FieldPlan> fields, ColumnSpec column, int depth, int slot) {
    String field = column.path().get(depth);
    FieldPlan existing = fields.get(field);
    if (depth == column.path().size() - 1) {
      if (existing == null) {
        fields.put(field, new Scalar(List.of(column), new int[] {slot}));
      } else if (existing instanceof Scalar scalar) {
        List<ColumnSpec> columns = new ArrayList<>(scalar.columns());
        columns.add(column);
        int[] slots = Arrays.copyOf(scalar.slots(), scalar.slots().length + 1);
        slots[slots.length - 1] = slot;
        fields.put(field, new Scalar(List.copyOf(columns), slots));
      } else {
        throw new IllegalStateException("field " + field + " is both an object and a value");
      }
      return;
    }
    FieldPlan nested = fields.computeIfAbsent(field, f -> new Nested(new HashMap<>()));
    if (!(nested instanceof Nested object)) {
      throw new IllegalStateException("field " + field + " is both an object and a value");
    }
    place(object.fields(), column, depth + 1, slot);
  }

  private Object parameterValue(ColumnSpec column, Map<String, String> parameters) {
    String value = parameters.get(column.path().get(0));
    if (value == null) {
      return null;
    }
    try {
      return ValueReader.fromText(column, value);
    } catch (IllegalArgumentException e) {
      throw new BadValueException(
          describe(column) + ": parameter value \"" + value + "\" " + e.getMessage(), e);
    }
  }

  /**
   * A decoder for the projected columns of the table.
   *
   * @param projection column indexes of the table, in output order
   * @param parameters the request's parameter values, for columns that echo a parameter
   */
  public static RowDecoder of(TableSpec table, int[] projection, Map<String, String> parameters) {
    return new RowDecoder(requireNonNull(table, "table"), projection.clone(), parameters);
  }

  @Override
  public List<Object[]> decode(JsonParser parser) throws IOException {
    Object[] row = constants.clone();
    if (!child) {
      readObject(parser, recordFields, row, null);
      checkNotNull(row);
      return new RecordRows(key(row), List.<Object[]>of(trim(row)));
    }
    List<Object[]> rows = new ArrayList<>();
    readObject(parser, recordFields, row, rows);
    for (Object[] childRow : rows) {
      for (int slot : recordSlots) {
        childRow[slot] = row[slot];
      }
      checkNotNull(childRow);
    }
    return new RecordRows(key(row), rows);
  }

  /** The key of the record {@code decoded} came from, null when the table has none. */
  @Override
  public Object keyOf(List<Object[]> decoded) {
    return decoded instanceof RecordRows rows ? rows.key : null;
  }

  private Object key(Object[] row) {
    if (keySlots.length == 0) {
      return null;
    }
    if (keySlots.length == 1) {
      return row[keySlots[0]];
    }
    Object[] parts = new Object[keySlots.length];
    for (int k = 0; k < parts.length; k++) {
      parts[k] = row[keySlots[k]];
    }
    return Arrays.asList(parts);
  }

  /** The record's row without the slots that only hold an unprojected key column. */
  private Object[] trim(Object[] row) {
    return row.length == width ? row : Arrays.copyOf(row, width);
  }

  /** The rows of one record, and the record's key. */
  private static final class RecordRows extends AbstractList<Object[]> implements RandomAccess {
    private final Object key;
    private final List<Object[]> rows;

    RecordRows(Object key, List<Object[]> rows) {
      this.key = key;
      this.rows = rows;
    }

    @Override
    public Object[] get(int index) {
      return rows.get(index);
    }

    @Override
    public int size() {
      return rows.size();
    }
  }

  private void readObject(
      JsonParser parser, Map<String, FieldPlan> fields, Object[] row, List<Object[]> childRows)
      throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      FieldPlan plan = fields.get(parser.currentName());
      JsonToken value = parser.nextToken();
      if (plan == null) {
        parser.skipChildren();
      } else if (plan instanceof Scalar scalar) {
        readScalar(parser, value, scalar, row);
      } else if (value == JsonToken.VALUE_NULL) {
        continue;
      } else if (plan instanceof Nested nested) {
        expect(value, JsonToken.START_OBJECT, parser, "an object");
        readObject(parser, nested.fields(), row, childRows);
      } else if (plan instanceof Elements elements) {
        expect(value, JsonToken.START_ARRAY, parser, "an array");
        readElements(parser, elements, childRows);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IOException("record ends with " + token + " instead of the end of an object");
    }
  }

  private void readElements(JsonParser parser, Elements elements, List<Object[]> childRows)
      throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.START_OBJECT, parser, "an array of objects");
      Object[] childRow = elementConstants.clone();
      readObject(parser, elements.fields(), childRow, null);
      childRows.add(childRow);
    }
  }

  private void readScalar(JsonParser parser, JsonToken value, Scalar scalar, Object[] row)
      throws IOException {
    for (int i = 0; i < scalar.slots().length; i++) {
      ColumnSpec column = scalar.columns().get(i);
      try {
        row[scalar.slots()[i]] = ValueReader.read(column, parser, value);
      } catch (IllegalArgumentException e) {
        throw new BadValueException(
            describe(column) + ": value " + quote(parser, value) + " " + e.getMessage(), e);
      }
    }
  }

  private void expect(JsonToken actual, JsonToken expected, JsonParser parser, String what)
      throws IOException {
    if (actual != expected) {
      throw new BadValueException(
          table.schema()
              + "."
              + table.name()
              + ": field "
              + parser.currentName()
              + " is "
              + quote(parser, actual)
              + ", expected "
              + what,
          null);
    }
  }

  private void checkNotNull(Object[] row) {
    for (int slot : notNullSlots) {
      if (row[slot] == null) {
        throw new BadValueException(
            describe(projected[slot]) + " is null or missing, but the column is NOT NULL", null);
      }
    }
  }

  private String describe(ColumnSpec column) {
    return table.schema() + "." + table.name() + "." + column.name();
  }

  private static String quote(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      return "\"" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "\"";
    }
    return token == JsonToken.START_OBJECT
        ? "an object"
        : token == JsonToken.START_ARRAY ? "an array" : parser.getText();
  }
}
