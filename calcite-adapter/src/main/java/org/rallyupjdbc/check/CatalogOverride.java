package org.rallyupjdbc.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rallyupjdbc.catalog.Catalog;

/**
 * The catalog override file (docs/catalog.md) that encodes what the self-check found: each table
 * that differs is the shipped table with the answering path first (the others stay as fallbacks),
 * its own {@code paging} when the names or the largest page differ, and without the optional
 * filters the API ignores. The {@code catalog} connection property then uses it.
 */
public final class CatalogOverride {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogOverride() {}

  /** The override's JSON text; a catalog without tables when nothing differs. */
  public static String of(List<TableResult> results) {
    JsonNode shipped = shipped();
    Map<String, ArrayNode> tablesBySchema = new LinkedHashMap<>();
    ObjectNode root = JSON.createObjectNode();
    ArrayNode schemas = root.putArray("schemas");
    for (TableResult result : results) {
      if (!result.changesCatalog()) {
        continue;
      }
      String schemaName = result.table().schema();
      JsonNode shippedSchema = find(shipped.path("schemas"), schemaName);
      ArrayNode tables =
          tablesBySchema.computeIfAbsent(
              schemaName,
              name -> {
                ObjectNode schema = schemas.addObject();
                schema.put("name", name);
                schema.set("api", shippedSchema.path("api"));
                return schema.putArray("tables");
              });
      tables.add(changed(find(shippedSchema.path("tables"), result.table().name()), result));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode changed(JsonNode shippedTable, TableResult result) {
    ObjectNode table = shippedTable.deepCopy();
    result
        .path()
        .ifPresent(
            answering -> {
              List<String> paths = new ArrayList<>(List.of(answering));
              shippedTable.path("paths").forEach(p -> paths.add(p.asText()));
              paths.subList(1, paths.size()).remove(answering);
              ArrayNode array = table.putArray("paths");
              paths.forEach(array::add);
            });
    result
        .paging()
        .ifPresent(
            paging -> {
              ObjectNode node = table.putObject("paging");
              node.put("indexParam", paging.indexParam());
              node.put("sizeParam", paging.sizeParam());
              node.put("defaultPageSize", paging.defaultPageSize());
              node.put("maxPageSize", paging.maxPageSize());
              node.put("assumed", false);
            });
    if (!result.ignoredFilters().isEmpty()) {
      ArrayNode kept = table.putArray("parameters");
      shippedTable
          .path("parameters")
          .forEach(
              p -> {
                if (!result.ignoredFilters().contains(p.path("name").asText())) {
                  kept.add(p);
                }
              });
      if (kept.isEmpty()) {
        table.remove("parameters");
      }
    }
    return table;
  }

  private static JsonNode find(JsonNode array, String name) {
    for (JsonNode node : array) {
      if (node.path("name").asText().equals(name)) {
        return node;
      }
    }
    throw new IllegalStateException("the shipped catalog has no entry " + name);
  }

  private static JsonNode shipped() {
    try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
