package org.rallyupjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;
import org.rallyupjdbc.jdbc.dialect.PostgresDialect;
import org.rallyupjdbc.jdbc.dialect.SupportedFunctions;
import org.rallyupjdbc.jdbc.dialect.SupportedFunctions.Category;

/**
 * DatabaseMetaData for navigators and ER diagrams. Name and pattern arguments follow {@link
 * NamePattern} ({@code _} is a wildcard, {@code \} escapes, case does not matter), where Calcite
 * ignores {@code _} and matches case; answers come in the order the JDBC specification gives;
 * {@code getTableTypes} includes {@code SYSTEM TABLE}; and the keys come from the catalog ({@link
 * CatalogKeys}), where Calcite reports none. A table argument of the key methods may also be a
 * pattern, as DBeaver sends {@code %} there.
 */
final class MetadataOverrides implements Overrides {
  /** Table types, in the order {@code getTableTypes} lists them. */
  static final List<String> TABLE_TYPES = List.of("SYSTEM TABLE", "TABLE", "VIEW");

  private final DatabaseMetaData target;

  MetadataOverrides(DatabaseMetaData target) {
    this.target = target;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
    if (method.getName().equals("supportsBatchUpdates")) {
      return false; // read-only: there is nothing to batch
    }
    String functionsOrKeywords =
        switch (method.getName()) {
          case "getNumericFunctions" -> SupportedFunctions.names(Category.NUMERIC);
          case "getStringFunctions" -> SupportedFunctions.names(Category.STRING);
          case "getTimeDateFunctions" -> SupportedFunctions.names(Category.TIMEDATE);
          case "getSystemFunctions" -> SupportedFunctions.names(Category.SYSTEM);
          case "getSQLKeywords" -> PostgresDialect.sqlKeywords();
          default -> null;
        };
    if (functionsOrKeywords != null) {
      return functionsOrKeywords;
    }
    MetadataRows rows =
        switch (method.getName()) {
          case "getTables" -> tables(args);
          case "getColumns" ->
              MetadataRows.copyOf(target.getColumns(null, null, null, null))
                  .where("TABLE_CAT", NamePattern.of((String) args[0]))
                  .where("TABLE_SCHEM", NamePattern.of((String) args[1]))
                  .where("TABLE_NAME", NamePattern.of((String) args[2]))
                  .where("COLUMN_NAME", NamePattern.of((String) args[3]))
                  .sortedBy("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION");
          case "getSchemas" -> schemas(args);
          case "getTypeInfo" -> MetadataRows.copyOf(target.getTypeInfo()).sortedBy("DATA_TYPE");
          case "getTableTypes" ->
              new MetadataRows(
                  MetadataRows.columns("TABLE_TYPE:VARCHAR"),
                  TABLE_TYPES.stream().map(type -> new Object[] {type}).toList());
          case "getFunctions" ->
              MetadataRows.copyOf(target.getFunctions(null, null, null))
                  .where("FUNCTION_CAT", NamePattern.of((String) args[0]))
                  .where("FUNCTION_SCHEM", NamePattern.of((String) args[1]))
                  .where("FUNCTION_NAME", NamePattern.of((String) args[2]))
                  .sortedBy("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "SPECIFIC_NAME");
          case "getPrimaryKeys" ->
              keys()
                  .primaryKeys()
                  .where("TABLE_CAT", NamePattern.of((String) args[0]))
                  .where("TABLE_SCHEM", NamePattern.of((String) args[1]))
                  .where("TABLE_NAME", NamePattern.of((String) args[2]))
                  .sortedBy("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME");
          case "getImportedKeys" ->
              foreignKeys("FK", args, 0)
                  .sortedBy("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "FK_NAME", "KEY_SEQ");
          case "getExportedKeys" ->
              foreignKeys("PK", args, 0)
                  .sortedBy("FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FK_NAME", "KEY_SEQ");
          case "getCrossReference" ->
              narrow(foreignKeys("PK", args, 0), "FK", args, 3)
                  .sortedBy("FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FK_NAME", "KEY_SEQ");
          default -> null;
        };
    return rows == null ? CALCITE : rows.toResultSet();
  }

  private MetadataRows tables(Object[] args) throws SQLException {
    String[] types = (String[]) args[3];
    return MetadataRows.copyOf(target.getTables(null, null, null, null))
        .where("TABLE_CAT", NamePattern.of((String) args[0]))
        .where("TABLE_SCHEM", NamePattern.of((String) args[1]))
        .where("TABLE_NAME", NamePattern.of((String) args[2]))
        .where(
            "TABLE_TYPE",
            type -> types == null || Arrays.stream(types).anyMatch(t -> t.equalsIgnoreCase(type)))
        .sortedBy("TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME");
  }

  private MetadataRows schemas(Object[] args) throws SQLException {
    MetadataRows all = MetadataRows.copyOf(target.getSchemas());
    if (args != null && args.length == 2) {
      all =
          all.where("TABLE_CATALOG", NamePattern.of((String) args[0]))
              .where("TABLE_SCHEM", NamePattern.of((String) args[1]));
    }
    return all.sortedBy("TABLE_CATALOG", "TABLE_SCHEM");
  }

  /** Foreign-key rows whose {@code side} ("PK" or "FK") table is {@code args[from..from+2]}. */
  private MetadataRows foreignKeys(String side, Object[] args, int from) throws SQLException {
    return narrow(keys().foreignKeys(), side, args, from);
  }

  private static MetadataRows narrow(MetadataRows rows, String side, Object[] args, int from) {
    return rows.where(side + "TABLE_CAT", NamePattern.of((String) args[from]))
        .where(side + "TABLE_SCHEM", NamePattern.of((String) args[from + 1]))
        .where(side + "TABLE_NAME", NamePattern.of((String) args[from + 2]));
  }

  private CatalogKeys keys() throws SQLException {
    return CatalogKeys.of(target.getConnection().unwrap(CalciteConnection.class).getRootSchema());
  }
}
