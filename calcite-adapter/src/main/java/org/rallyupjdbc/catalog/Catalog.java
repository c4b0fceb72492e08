package org.rallyupjdbc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The validated set of schemas and tables: the catalog shipped in this jar, optionally merged with
 * a user's catalog file of the same format (see {@code docs/catalog.md}).
 */
public final class Catalog {
  /** Where the shipped catalog lives on the class path. */
  public static final String RESOURCE = "/org/rallyupjdbc/catalog/tables.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Catalog BUILT_IN = new CatalogReader(RESOURCE).read(readResource());

  private final List<SchemaSpec> schemas;

  Catalog(List<SchemaSpec> schemas) {
    this.schemas = List.copyOf(schemas);
  }

  /** The catalog shipped with the driver, loaded and validated once per class loader. */
  public static Catalog builtIn() {
    return BUILT_IN;
  }

  /**
   * The shipped catalog with the file's tables merged over it: a table with the same schema and
   * name replaces the shipped one, others are added, and a top-level {@code paging} replaces the
   * default.
   */
  public static Catalog withOverride(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CatalogException("cannot read catalog file " + file + ": " + e.getMessage(), e);
    }
    return withOverride(content, file.toString());
  }

  /** {@link #withOverride(Path)} for the content of a file named {@code source}. */
  static Catalog withOverride(byte[] content, String source) {
    JsonNode override;
    try {
      override = JSON.readTree(content);
    } catch (IOException e) {
      throw new CatalogException("cannot read catalog file " + source + ": " + e.getMessage(), e);
    }
    ObjectNode merged = readResource();
    merge(merged, override, source);
    return new CatalogReader(source).read(merged);
  }

  /** All schemas in catalog order. */
  public List<SchemaSpec> schemas() {
    return schemas;
  }

  /** The schema of that name. */
  public Optional<SchemaSpec> schema(String name) {
    return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private static ObjectNode readResource() {
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CatalogException("the driver jar has no " + RESOURCE);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException | ClassCastException e) {
      throw new CatalogException("cannot read the shipped catalog " + RESOURCE + ": " + e, e);
    }
  }

  private static void merge(ObjectNode base, JsonNode override, String source) {
    if (!override.isObject()) {
      throw new CatalogException("catalog " + source + ": the top level must be a JSON object");
    }
    if (override.has("paging")) {
      base.set("paging", override.get("paging"));
    }
    if (override.has("schemas") && !override.get("schemas").isArray()) {
      throw new CatalogException("catalog " + source + ": 'schemas' must be an array");
    }
    ArrayNode baseSchemas = (ArrayNode) base.get("schemas");
    for (JsonNode schema : override.path("schemas")) {
      String name = schema.path("name").asText();
      // a schema added by an earlier entry of the file may have no tables array: the reader says so
      Optional<ObjectNode> existing = findByName(baseSchemas, name);
      if (existing.isEmpty() || !(existing.get().get("tables") instanceof ArrayNode tables)) {
        baseSchemas.add(schema);
        continue;
      }
      for (JsonNode table : schema.path("tables")) {
        if (!table.isObject()) {
          throw new CatalogException(
              "catalog " + source + ": schema " + name + ": a table is not an object");
        }
        String tableName = table.path("name").asText();
        Optional<ObjectNode> replaced = findByName(tables, tableName);
        replaced.ifPresentOrElse(
            old -> old.removeAll().setAll((ObjectNode) table), () -> tables.add(table));
      }
    }
  }

  private static Optional<ObjectNode> findByName(ArrayNode nodes, String name) {
    for (JsonNode node : nodes) {
      if (node instanceof ObjectNode object && object.path("name").asText().equals(name)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }
}
