package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final TableSpec table;
  private final ColumnSpec[] projected;
  private final ObjectFields recordFields = new ObjectFields();
  private final Object[] constants;

  private final int width;
  private final int[] keySlots;
  private final int[] recordSlots;
  private final int[] notNullSlots;
  private final boolean child;
  private final RecordReader reader;

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
    ObjectFields elementFields = new ObjectFields();
    table
        .childArray()
        .ifPresent(array -> recordFields.put(array, new FieldPlan.Elements(elementFields)));
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
    for (ColumnSpec column : table.columns()) {
      switch (column.origin()) {
        case RECORD -> catalogue(recordFields, column.path());
        case ELEMENT -> catalogue(elementFields, column.path());
        case PARAMETER -> {}
      }
    }
    // element rows start from the constants without the hidden key slots: they never hold the key
    this.reader = new RecordReader(table, Arrays.copyOf(constants, width));
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

  private static void place(ObjectFields fields, ColumnSpec column, int depth, int slot) {
    String field = column.path().get(depth);
    FieldPlan existing = fields.plan(field);
    if (depth == column.path().size() - 1) {
      if (existing == null) {
        fields.put(field, new FieldPlan.Scalar(List.of(column), new int[] {slot}));
      } else if (existing instanceof FieldPlan.Scalar scalar) {
        List<ColumnSpec> columns = new ArrayList<>(scalar.columns());
        columns.add(column);
        int[] slots = Arrays.copyOf(scalar.slots(), scalar.slots().length + 1);
        slots[slots.length - 1] = slot;
        fields.put(field, new FieldPlan.Scalar(List.copyOf(columns), slots));
      } else {
        throw new IllegalStateException("field " + field + " is both an object and a value");
      }
      return;
    }
    if (existing == null) {
      existing = new FieldPlan.Nested(new ObjectFields());
      fields.put(field, existing);
    }
    if (!(existing instanceof FieldPlan.Nested object)) {
      throw new IllegalStateException("field " + field + " is both an object and a value");
    }
    place(object.fields(), column, depth + 1, slot);
  }

  /** Seeds the expected field order of every level the decoder reads with the catalog's order. */
  private static void catalogue(ObjectFields fields, List<String> path) {
    ObjectFields level = fields;
    for (String field : path) {
      level.catalogued(field);
      if (!(level.plan(field) instanceof FieldPlan.Nested nested)) {
        return;
      }
      level = nested.fields();
    }
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
          RecordReader.describe(table, column)
              + ": parameter value \""
              + value
              + "\" "
              + e.getMessage(),
          e);
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
      reader.readObject(parser, recordFields, row, null);
      checkNotNull(row);
      return new RecordRows(key(row), List.<Object[]>of(trim(row)));
    }
    List<Object[]> rows = new ArrayList<>();
    reader.readObject(parser, recordFields, row, rows);
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

  private void checkNotNull(Object[] row) {
    for (int slot : notNullSlots) {
      if (row[slot] == null) {
        throw new BadValueException(
            RecordReader.describe(table, projected[slot])
                + " is null or missing, but the column is NOT NULL",
            null);
      }
    }
  }
}
