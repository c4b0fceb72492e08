package org.rallyupjdbc.jdbc;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.rallyupjdbc.adapter.RallyUpTable;
import org.rallyupjdbc.catalog.ForeignKeySpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * The primary and foreign keys the catalog declares for a connection's tables, as the rows of
 * {@code getPrimaryKeys}, {@code getImportedKeys}, {@code getExportedKeys} and {@code
 * getCrossReference}. The keys describe the API's data (ids, and the campaign or organization a
 * record belongs to); nothing enforces them. Names follow PostgreSQL: {@code donations_pkey},
 * {@code donations_campaign_id_fkey}.
 */
final class CatalogKeys {
  static final List<MetadataRows.Column> PRIMARY_KEY_COLUMNS =
      MetadataRows.columns(
          "TABLE_CAT:VARCHAR",
          "TABLE_SCHEM:VARCHAR",
          "TABLE_NAME:VARCHAR",
          "COLUMN_NAME:VARCHAR",
          "KEY_SEQ:SMALLINT",
          "PK_NAME:VARCHAR");
  static final List<MetadataRows.Column> FOREIGN_KEY_COLUMNS =
      MetadataRows.columns(
          "PKTABLE_CAT:VARCHAR",
          "PKTABLE_SCHEM:VARCHAR",
          "PKTABLE_NAME:VARCHAR",
          "PKCOLUMN_NAME:VARCHAR",
          "FKTABLE_CAT:VARCHAR",
          "FKTABLE_SCHEM:VARCHAR",
          "FKTABLE_NAME:VARCHAR",
          "FKCOLUMN_NAME:VARCHAR",
          "KEY_SEQ:SMALLINT",
          "UPDATE_RULE:SMALLINT",
          "DELETE_RULE:SMALLINT",
          "FK_NAME:VARCHAR",
          "PK_NAME:VARCHAR",
          "DEFERRABILITY:SMALLINT");

  private final List<KeyedTable> tables;

  /** A catalog table as the connection names it. */
  private record KeyedTable(String schema, TableSpec spec) {}

  private CatalogKeys(List<KeyedTable> tables) {
    this.tables = tables;
  }

  /** The keys of the RallyUp tables in the connection's schemas. */
  static CatalogKeys of(SchemaPlus root) {
    List<KeyedTable> tables = new ArrayList<>();
    for (String schemaName : root.subSchemas().getNames(LikePattern.any())) {
      Schema schema = root.subSchemas().get(schemaName);
      if (schema == null) {
        continue;
      }
      for (String tableName : schema.tables().getNames(LikePattern.any())) {
        Table table = schema.tables().get(tableName);
        if (table instanceof RallyUpTable rallyUp) {
          tables.add(new KeyedTable(schemaName, rallyUp.spec()));
        }
      }
    }
    return new CatalogKeys(tables);
  }

  /** Rows of {@code getPrimaryKeys}, unfiltered. */
  MetadataRows primaryKeys() {
    List<Object[]> rows = new ArrayList<>();
    for (KeyedTable table : tables) {
      List<String> key = table.spec().primaryKey();
      for (int i = 0; i < key.size(); i++) {
        rows.add(
            new Object[] {
              null,
              table.schema(),
              table.spec().name(),
              key.get(i),
              (short) (i + 1),
              primaryKeyName(table.spec())
            });
      }
    }
    return new MetadataRows(PRIMARY_KEY_COLUMNS, rows);
  }

  /** Rows of {@code getImportedKeys}, {@code getExportedKeys} and friends, unfiltered. */
  MetadataRows foreignKeys() {
    List<Object[]> rows = new ArrayList<>();
    for (KeyedTable table : tables) {
      for (ForeignKeySpec key : table.spec().foreignKeys()) {
        String name = table.spec().name() + "_" + String.join("_", key.columns()) + "_fkey";
        String referencedKey = referencedKeyName(table.schema(), key);
        for (int i = 0; i < key.columns().size(); i++) {
          rows.add(
              new Object[] {
                null,
                table.schema(),
                key.table(),
                key.referencedColumns().get(i),
                null,
                table.schema(),
                table.spec().name(),
                key.columns().get(i),
                (short) (i + 1),
                (short) DatabaseMetaData.importedKeyNoAction,
                (short) DatabaseMetaData.importedKeyNoAction,
                name,
                referencedKey,
                (short) DatabaseMetaData.importedKeyNotDeferrable
              });
        }
      }
    }
    return new MetadataRows(FOREIGN_KEY_COLUMNS, rows);
  }

  private static String primaryKeyName(TableSpec table) {
    return table.name() + "_pkey";
  }

  /** The referenced table's primary key name when the reference is to that key, else null. */
  private String referencedKeyName(String schema, ForeignKeySpec key) {
    return tables.stream()
        .filter(t -> t.schema().equals(schema) && t.spec().name().equals(key.table()))
        .filter(t -> t.spec().primaryKey().equals(key.referencedColumns()))
        .map(t -> primaryKeyName(t.spec()))
        .findFirst()
        .orElse(null);
  }
}
