package org.rallyupjdbc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * The records of a sandbox's dump ({@code /_sandbox/dump}) arranged as {@link H2Oracle#load} takes
 * them: what the driver's differential tests and the bench's soak run load H2 from.
 */
public final class OracleRecords {
  private OracleRecords() {}

  /** The records of every top-level organization table, keyed by SQL table name. */
  public static Map<String, List<JsonNode>> byTable(JsonNode dump) {
    Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
    for (TableSpec table : Catalog.builtIn().schema("rallyup").orElseThrow().tables()) {
      JsonNode records = dump.get(table.endpoint().paths().get(0));
      if (table.childArray().isEmpty() && records != null) {
        List<JsonNode> list = new ArrayList<>();
        records.forEach(list::add);
        tables.put(table.name(), list);
      }
    }
    return tables;
  }

  /** {@link #byTable}, with the users the finduser endpoint answers as table {@code users}. */
  public static Map<String, List<JsonNode>> organization(JsonNode dump) {
    Map<String, List<JsonNode>> tables = byTable(dump);
    List<JsonNode> users = new ArrayList<>();
    dump.get("/v2/api/finduser/{user_email}").forEach(users::add);
    tables.put("users", users);
    return tables;
  }
}
