package org.rallyupjdbc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares JSON records with documented field lists or verbatim samples; collects mismatches. */
final class Shapes {
  private final JsonNode types;
  final List<String> errors = new ArrayList<>();

  /**
   * @param types named object types of {@code org-records.json}, or null for sample checks
   */
  Shapes(JsonNode types) {
    this.types = types;
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = object.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** Checks an object against an ordered field-to-type spec of {@code org-records.json}. */
  void checkObject(String where, JsonNode actual, JsonNode spec) {
    if (!actual.isObject()) {
      errors.add(where + ": not an object: " + actual);
      return;
    }
    List<String> expected = fieldNames(spec);
    List<String> got = fieldNames(actual);
    if (!got.equals(expected)) {
      errors.add(where + ": fields " + got + " instead of " + expected);
      return;
    }
    for (String field : expected) {
      checkType(where + "." + field, actual.get(field), spec.get(field).asText());
    }
  }

  private void checkType(String where, JsonNode value, String spec) {
    boolean nullable = spec.endsWith("?");
    String base = nullable ? spec.substring(0, spec.length() - 1) : spec;
    if (base.equals("any")) {
      return;
    }
    if (value.isNull()) {
      if (!nullable) {
        errors.add(where + ": null but " + spec);
      }
      return;
    }
    boolean ok =
        switch (base) {
          case "string" -> value.isTextual();
          case "integer" -> value.isIntegralNumber();
          case "number" -> value.isNumber();
          case "boolean" -> value.isBoolean();
          default -> true;
        };
    if (!ok) {
      errors.add(where + ": " + value + " is not a " + base);
    } else if (base.startsWith("array<")) {
      if (!value.isArray()) {
        errors.add(where + ": not an array: " + value);
        return;
      }
      String element = base.substring(6, base.length() - 1);
      for (int i = 0; i < value.size(); i++) {
        checkType(where + "[" + i + "]", value.get(i), element);
      }
    } else if (types.has(base)) {
      checkObject(where, value, types.get(base));
    } else if (!List.of("string", "integer", "number", "boolean").contains(base)) {
      errors.add(where + ": unknown type " + base + " in the spec");
    }
  }

  /**
   * Checks a record against what verbatim sample records show: the same fields in the same order,
   * and a JSON type seen in the samples (a field only ever null allows anything).
   */
  void matchSample(String where, JsonNode actual, SampleTemplate sample) {
    if (sample.types.equals(EnumSet.of(JsonNodeType.NULL))) {
      return;
    }
    if (!sample.types.contains(actual.getNodeType())) {
      errors.add(where + ": " + actual + " is none of the sample types " + sample.types);
      return;
    }
    if (actual.isObject()) {
      List<String> expected = new ArrayList<>(sample.fields.keySet());
      List<String> got = fieldNames(actual);
      if (!got.equals(expected)) {
        errors.add(where + ": fields " + got + " instead of " + expected);
        return;
      }
      for (String field : expected) {
        matchSample(where + "." + field, actual.get(field), sample.fields.get(field));
      }
    } else if (actual.isArray() && sample.element != null) {
      for (int i = 0; i < actual.size(); i++) {
        matchSample(where + "[" + i + "]", actual.get(i), sample.element);
      }
    }
  }

  /** The union of the shapes of one or more sample values. */
  static final class SampleTemplate {
    final Set<JsonNodeType> types = EnumSet.noneOf(JsonNodeType.class);
    final Map<String, SampleTemplate> fields = new LinkedHashMap<>();
    SampleTemplate element;

    static SampleTemplate of(Iterable<JsonNode> samples) {
      SampleTemplate template = new SampleTemplate();
      samples.forEach(template::merge);
      return template;
    }

    private void merge(JsonNode sample) {
      types.add(sample.getNodeType());
      if (sample.isObject()) {
        for (String field : fieldNames(sample)) {
          fields.computeIfAbsent(field, f -> new SampleTemplate()).merge(sample.get(field));
        }
      } else if (sample.isArray()) {
        for (JsonNode item : sample) {
          if (element == null) {
            element = new SampleTemplate();
          }
          element.merge(item);
        }
      }
    }
  }
}
