package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts the JSON value under the parser into Calcite's internal value for a column type: Long,
 * Integer, BigDecimal (at the column's scale), Boolean, String, or epoch millis for TIMESTAMP. A
 * value that does not fit is an {@link IllegalArgumentException} whose message completes "value X
 * ...".
 */
final class ValueReader {
  private static final JsonFactory JSON = new JsonFactory();

  private ValueReader() {}

  /** Reads the current value (a scalar, or a whole object or array for JSON columns). */
  static Object read(ColumnSpec column, JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (column.type() == ColumnType.JSON) {
      return jsonText(parser);
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      throw new IllegalArgumentException(
          "is a JSON " + (token == JsonToken.START_OBJECT ? "object" : "array") + ", not a scalar");
    }
    if (column.currency()) {
      expectString(token);
      return decimal(
          Money.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()),
          column.scale());
    }
    return switch (column.type()) {
      case BIGINT -> integral(parser, token, Long.MIN_VALUE, Long.MAX_VALUE);
      case INTEGER -> (int) integral(parser, token, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case DECIMAL -> decimal(number(parser, token), column.scale());
      case BOOLEAN -> bool(parser, token);
      case VARCHAR -> parser.getText();
      case TIMESTAMP -> timestamp(parser, token);
      case JSON -> jsonText(parser);
    };
  }

  /** Converts a request-parameter value (text) for a column that echoes the parameter. */
  static Object fromText(ColumnSpec column, String value) {
    return switch (column.type()) {
      case BIGINT -> Long.parseLong(value);
      case INTEGER -> Integer.parseInt(value);
      case DECIMAL -> decimal(new BigDecimal(value), column.scale());
      case BOOLEAN -> Boolean.parseBoolean(value);
      case VARCHAR, JSON -> value;
      case TIMESTAMP -> Timestamps.parse(value);
    };
  }

  private static void expectString(JsonToken token) {
    if (token != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("is a JSON " + kind(token) + ", expected a string");
    }
  }

  /** Parses the text in the parser's own buffer: no String for the millions of dates of a scan. */
  private static long timestamp(JsonParser parser, JsonToken token) throws IOException {
    expectString(token);
    return Timestamps.parse(
        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  private static long integral(JsonParser parser, JsonToken token, long min, long max)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long value = parser.getLongValue();
      if (value < min || value > max) {
        throw new IllegalArgumentException("is out of range");
      }
      return value;
    }
    BigDecimal value = number(parser, token);
    BigInteger exact;
    try {
      exact = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("has a fractional part", e);
    }
    if (exact.bitLength() > 63 || exact.longValue() < min || exact.longValue() > max) {
      throw new IllegalArgumentException("is out of range");
    }
    return exact.longValue();
  }

  private static BigDecimal number(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? new BigDecimal(parser.getBigIntegerValue())
          : BigDecimal.valueOf(parser.getLongValue());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return new BigDecimal(parser.getText().strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("is not a number", e);
      }
    }
    throw new IllegalArgumentException("is a JSON " + kind(token) + ", expected a number");
  }

  private static BigDecimal decimal(BigDecimal value, int scale) {
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("has more than " + scale + " decimal places", e);
    }
    // DECIMAL(19, s) holds |value| < 10^(19 - s): at scale s, at most 19 digits in all
    if (scaled.precision() > ColumnType.DECIMAL_PRECISION) {
      throw new IllegalArgumentException("does not fit DECIMAL(19, " + scale + ")");
    }
    return scaled;
  }

  private static Boolean bool(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(text);
      }
    }
    throw new IllegalArgumentException("is not true or false");
  }

  /**
   * The value as compact JSON text. Empty arrays and objects (most of RallyUp's {@code Causes},
   * {@code CustomFields} and {@code Members}) are answered without a generator.
   */
  private static String jsonText(JsonParser parser) throws IOException {
    JsonToken start = parser.currentToken();
    boolean container = start == JsonToken.START_ARRAY || start == JsonToken.START_OBJECT;
    JsonToken first = container ? parser.nextToken() : start;
    if (start == JsonToken.START_ARRAY && first == JsonToken.END_ARRAY) {
      return "[]";
    }
    if (start == JsonToken.START_OBJECT && first == JsonToken.END_OBJECT) {
      return "{}";
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(text)) {
      if (!container) {
        generator.copyCurrentStructure(parser);
      } else {
        if (start == JsonToken.START_ARRAY) {
          generator.writeStartArray();
        } else {
          generator.writeStartObject();
        }
        JsonToken token = first;
        while (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
          // a field name copies its value with it, an element copies itself
          generator.copyCurrentStructure(parser);
          token = parser.nextToken();
        }
        if (start == JsonToken.START_ARRAY) {
          generator.writeEndArray();
        } else {
          generator.writeEndObject();
        }
      }
    }
    return text.toString();
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      default -> token.toString();
    };
  }
}
