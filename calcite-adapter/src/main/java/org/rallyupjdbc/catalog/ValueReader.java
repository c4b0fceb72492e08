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

  /**
   * The longest text read as a number (and the most digits of an amount), as long as the JSON
   * parser allows numbers to be: BigDecimal's parser is not linear in the length.
   */
  static final int MAX_NUMBER_LENGTH = 100;

  private static final int DIGITS_OF_LONG = 19;

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
    BigDecimal value = exact(number(parser, token));
    if (value.scale() > 0) {
      throw new IllegalArgumentException("has a fractional part");
    }
    // checked before the conversion, which would build 10^n for 1e999999
    if (value.precision() - value.scale() > DIGITS_OF_LONG) {
      throw new IllegalArgumentException("is out of range");
    }
    BigInteger whole = value.toBigIntegerExact();
    if (whole.bitLength() > 63 || whole.longValue() < min || whole.longValue() > max) {
      throw new IllegalArgumentException("is out of range");
    }
    return whole.longValue();
  }

  /**
   * The value without trailing zeros (zero as plain 0), so that its scale and precision tell its
   * size: {@code 0e999999} and {@code 1e-999999} must not be scaled before they are checked.
   */
  private static BigDecimal exact(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
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
      String text = parser.getText().strip();
      // as long as a JSON number may be; BigDecimal's parser is not linear in the length
      if (text.length() > MAX_NUMBER_LENGTH) {
        throw new IllegalArgumentException("is not a number");
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("is not a number", e);
      }
    }
    throw new IllegalArgumentException("is a JSON " + kind(token) + ", expected a number");
  }

  private static BigDecimal decimal(BigDecimal value, int scale) {
    BigDecimal exact = exact(value);
    if (exact.scale() > scale) {
      throw new IllegalArgumentException("has more than " + scale + " decimal places");
    }
    // DECIMAL(19, s) holds |value| < 10^(19 - s): at most 19 - s digits before the point, checked
    // before scaling, which would build 10^n for 1e999999
    if (exact.precision() - exact.scale() > ColumnType.DECIMAL_PRECISION - scale) {
      throw new IllegalArgumentException("does not fit DECIMAL(19, " + scale + ")");
    }
    return exact.setScale(scale);
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
