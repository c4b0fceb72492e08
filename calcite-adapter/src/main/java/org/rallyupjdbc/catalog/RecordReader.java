package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.client.RecordDecoder.BadValueException;

/**
 * Walks one record's tokens for {@link RowDecoder}: converts the fields a plan names into their
 * slots, skips the rest without materialising them, and unnests a child array into element rows.
 * Field names are matched against the order the level expects ({@link ObjectFields}); a record that
 * departs from it is read by name and teaches the level its order.
 */
final class RecordReader {
  private final TableSpec table;
  private final Object[] elementConstants;

  /**
   * @param elementConstants the start of every element row (the parameter columns' values)
   */
  RecordReader(TableSpec table, Object[] elementConstants) {
    this.table = table;
    this.elementConstants = elementConstants;
  }

  /** Reads the fields of the object just opened, through its {@code END_OBJECT}. */
  void readObject(JsonParser parser, ObjectFields fields, Object[] row, List<Object[]> childRows)
      throws IOException {
    ObjectFields.Order order = fields.order();
    ObjectFields.Step[] steps = order.steps();
    int next = 0;
    List<String> seen = null;
    while (true) {
      FieldPlan plan;
      boolean expected = next < steps.length;
      if (expected && parser.nextFieldName(steps[next].name())) {
        plan = steps[next].plan();
        if (seen != null) {
          seen.add(steps[next].name().getValue());
        }
        next++;
      } else {
        JsonToken token = expected ? parser.currentToken() : parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
          if (token != JsonToken.END_OBJECT) {
            throw new IOException("record ends with " + token + " instead of the end of an object");
          }
          break;
        }
        String name = parser.currentName();
        plan = fields.plan(name);
        if (seen == null) {
          seen = new ArrayList<>(steps.length + 1);
          for (int i = 0; i < next; i++) {
            seen.add(steps[i].name().getValue());
          }
        }
        seen.add(name);
        Integer position = order.positions().get(name);
        if (position != null) {
          next = position + 1;
        }
      }
      read(parser, plan, parser.nextToken(), row, childRows);
    }
    if (seen != null || next != steps.length) {
      fields.learn(seen != null ? seen : orderPrefix(steps, next));
    }
  }

  private static List<String> orderPrefix(ObjectFields.Step[] steps, int length) {
    List<String> names = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      names.add(steps[i].name().getValue());
    }
    return names;
  }

  private void read(
      JsonParser parser, FieldPlan plan, JsonToken value, Object[] row, List<Object[]> childRows)
      throws IOException {
    if (plan == null) {
      parser.skipChildren();
    } else if (plan instanceof FieldPlan.Scalar scalar) {
      readScalar(parser, value, scalar, row);
    } else if (value == JsonToken.VALUE_NULL) {
      return;
    } else if (plan instanceof FieldPlan.Nested nested) {
      expect(value, JsonToken.START_OBJECT, parser, "an object");
      readObject(parser, nested.fields(), row, childRows);
    } else if (plan instanceof FieldPlan.Elements elements) {
      expect(value, JsonToken.START_ARRAY, parser, "an array");
      readElements(parser, elements, childRows);
    }
  }

  private void readElements(JsonParser parser, FieldPlan.Elements elements, List<Object[]> rows)
      throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.START_OBJECT, parser, "an array of objects");
      Object[] childRow = elementConstants.clone();
      readObject(parser, elements.fields(), childRow, null);
      rows.add(childRow);
    }
  }

  private void readScalar(JsonParser parser, JsonToken value, FieldPlan.Scalar scalar, Object[] row)
      throws IOException {
    for (int i = 0; i < scalar.slots().length; i++) {
      ColumnSpec column = scalar.columns().get(i);
      try {
        row[scalar.slots()[i]] = ValueReader.read(column, parser, value);
      } catch (IllegalArgumentException e) {
        throw new BadValueException(
            describe(table, column) + ": value " + quote(parser, value) + " " + e.getMessage(), e);
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

  /** Names a column in messages: schema, table and column. */
  static String describe(TableSpec table, ColumnSpec column) {
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
