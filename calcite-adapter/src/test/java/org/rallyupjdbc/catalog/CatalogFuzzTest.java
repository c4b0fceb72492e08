package org.rallyupjdbc.catalog;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A user's catalog file merged over the shipped one: any file gives a catalog or a {@link
 * CatalogException}, and every table of a catalog that was accepted can be decoded (its columns'
 * field paths do not clash).
 */
class CatalogFuzzTest {
  @DictionaryFile(resourcePath = "/org/rallyupjdbc/testing/json.dict")
  @FuzzTest(maxDuration = "30s")
  void userCatalog(byte[] file) {
    Catalog catalog;
    try {
      catalog = Catalog.withOverride(file, "fuzz.json");
    } catch (CatalogException e) {
      return;
    }
    for (SchemaSpec schema : catalog.schemas()) {
      for (TableSpec table : schema.tables()) {
        int[] all = IntStream.range(0, table.columns().size()).toArray();
        RowDecoder.of(table, all, Map.of());
      }
    }
  }
}
