package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a list of catalog column entries into flat columns: nested objects become prefixed columns,
 * currency strings gain a DECIMAL twin, and child-table arrays are set aside for their own tables.
 */
final class ColumnReader {
  /** An array field of the record that becomes a child table. */
  record Child(String field, String name, JsonNode node) {}

  private static final Set<String> KEYS =
      Set.of(
          "field",
          "name",
          "type",
          "scale",
          "currency",
          "nullable",
          "description",
          "object",
          "childTable",
          "parameterValue");
  private static final int MAX_SCALE = 18;

  private final CatalogReader.Context at;
  private final List<ColumnSpec> columns = new ArrayList<>();
  private final List<Child> children = new ArrayList<>();

  ColumnReader(CatalogReader.Context at) {
    this.at = at;
  }

  List<ColumnSpec> columns() {
    return columns;
  }

  List<Child> children() {
    return children;
  }

  void readAll(JsonNode entries, String prefix, List<String> path, ColumnSpec.Origin origin) {
    for (JsonNode entry : entries) {
      read(entry, prefix, path, origin);
    }
  }

  private void read(JsonNode entry, String prefix, List<String> path, ColumnSpec.Origin origin) {
    at.keys(entry, KEYS);
    boolean fromParameter = entry.has("parameterValue");
    if (fromParameter == entry.has("field")) {
      throw at.fail("a column entry needs exactly one of 'field' and 'parameterValue': " + entry);
    }
    String source = at.text(entry, fromParameter ? "parameterValue" : "field");
    String name =
        prefix + (entry.has("name") ? at.sqlName(entry, "name") : Names.snakeCase(source));
    CatalogReader.Context here = at.child("column " + name);
    int kinds =
        (entry.has("type") ? 1 : 0)
            + (entry.has("object") ? 1 : 0)
            + (entry.has("childTable") ? 1 : 0);
    if (kinds != 1) {
      throw here.fail("needs exactly one of 'type', 'object' and 'childTable'");
    }
    List<String> fieldPath = new ArrayList<>(path);
    fieldPath.add(source);
    if (entry.has("object")) {
      here.text(entry, "description");
      readAll(here.array(entry, "object"), name + "_", fieldPath, origin);
    } else if (entry.has("childTable")) {
      if (origin != ColumnSpec.Origin.RECORD || !path.isEmpty()) {
        throw here.fail("only top-level fields of a record can become child tables");
      }
      children.add(new Child(source, name, entry.get("childTable")));
    } else {
      scalar(entry, here, name, fromParameter ? ColumnSpec.Origin.PARAMETER : origin, fieldPath);
    }
  }

  private void scalar(
      JsonNode entry,
      CatalogReader.Context here,
      String name,
      ColumnSpec.Origin origin,
      List<String> fieldPath) {
    ColumnType type = here.enumValue(entry, "type", ColumnType.class);
    boolean nullable = here.bool(entry, "nullable", true);
    String description = here.text(entry, "description");
    int scale = type == ColumnType.DECIMAL ? 2 : 0;
    if (entry.has("scale")) {
      if (type != ColumnType.DECIMAL) {
        throw here.fail("'scale' applies to DECIMAL columns only");
      }
      scale = here.integer(entry, "scale");
      if (scale < 0 || scale > MAX_SCALE) {
        throw here.fail("'scale' must be between 0 and " + MAX_SCALE);
      }
    }
    columns.add(new ColumnSpec(name, type, scale, nullable, description, origin, fieldPath, false));
    if (here.bool(entry, "currency", false)) {
      if (type != ColumnType.VARCHAR) {
        throw here.fail("'currency' applies to VARCHAR columns only");
      }
      columns.add(
          new ColumnSpec(
              name + "_value",
              ColumnType.DECIMAL,
              2,
              nullable,
              "Amount of " + name + " parsed as a number.",
              origin,
              fieldPath,
              true));
    }
  }
}
