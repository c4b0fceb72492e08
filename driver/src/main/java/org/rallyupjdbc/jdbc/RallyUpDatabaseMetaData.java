package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * pattern, as DBeaver sends {@code %} there. Every answer is a result set whose {@code
 * getStatement()} is null, and {@code getConnection()} is the driver's connection.
 */
final class RallyUpDatabaseMetaData extends DelegatingDatabaseMetaData {
  /** Table types, in the order {@code getTableTypes} lists them. */
  static final List<String> TABLE_TYPES = List.of("SYSTEM TABLE", "TABLE", "VIEW");

  private final RallyUpConnection connection;

  RallyUpDatabaseMetaData(RallyUpConnection connection, java.sql.DatabaseMetaData delegate) {
    super(delegate);
    this.connection = connection;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection;
  }

  @Override
  public boolean supportsBatchUpdates() {
    return false; // read-only: there is nothing to batch
  }

  // The SQL function and keyword lists are the dialect's: functions.tsv and the Babel parser.

  /** The dialect's functions (docs/sql.md), which editors complete and highlight. */
  @Override
  public String getNumericFunctions() {
    return SupportedFunctions.names(Category.NUMERIC);
  }

  @Override
  public String getStringFunctions() {
    return SupportedFunctions.names(Category.STRING);
  }

  @Override
  public String getTimeDateFunctions() {
    return SupportedFunctions.names(Category.TIMEDATE);
  }

  @Override
  public String getSystemFunctions() {
    return SupportedFunctions.names(Category.SYSTEM);
  }

  @Override
  public String getSQLKeywords() {
    return PostgresDialect.sqlKeywords();
  }

  @Override
  public ResultSet getTables(String catalog, String schema, String table, String[] types)
      throws SQLException {
    return MetadataRows.copyOf(super.getTables(null, null, null, null))
        .where("TABLE_CAT", NamePattern.of(catalog))
        .where("TABLE_SCHEM", NamePattern.of(schema))
        .where("TABLE_NAME", NamePattern.of(table))
        .where(
            "TABLE_TYPE",
            type -> types == null || Arrays.stream(types).anyMatch(t -> t.equalsIgnoreCase(type)))
        .sortedBy("TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME")
        .toResultSet();
  }

  @Override
  public ResultSet getColumns(String catalog, String schema, String table, String column)
      throws SQLException {
    return MetadataRows.copyOf(super.getColumns(null, null, null, null))
        .where("TABLE_CAT", NamePattern.of(catalog))
        .where("TABLE_SCHEM", NamePattern.of(schema))
        .where("TABLE_NAME", NamePattern.of(table))
        .where("COLUMN_NAME", NamePattern.of(column))
        .sortedBy("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION")
        .toResultSet();
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return MetadataRows.copyOf(super.getSchemas())
        .sortedBy("TABLE_CATALOG", "TABLE_SCHEM")
        .toResultSet();
  }

  @Override
  public ResultSet getSchemas(String catalog, String schema) throws SQLException {
    return MetadataRows.copyOf(super.getSchemas())
        .where("TABLE_CATALOG", NamePattern.of(catalog))
        .where("TABLE_SCHEM", NamePattern.of(schema))
        .sortedBy("TABLE_CATALOG", "TABLE_SCHEM")
        .toResultSet();
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return MetadataRows.copyOf(super.getTypeInfo()).sortedBy("DATA_TYPE").toResultSet();
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    return new MetadataRows(
            MetadataRows.columns("TABLE_TYPE:VARCHAR"),
            TABLE_TYPES.stream().map(type -> new Object[] {type}).toList())
        .toResultSet();
  }

  @Override
  public ResultSet getFunctions(String catalog, String schema, String function)
      throws SQLException {
    return MetadataRows.copyOf(super.getFunctions(null, null, null))
        .where("FUNCTION_CAT", NamePattern.of(catalog))
        .where("FUNCTION_SCHEM", NamePattern.of(schema))
        .where("FUNCTION_NAME", NamePattern.of(function))
        .sortedBy("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "SPECIFIC_NAME")
        .toResultSet();
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    return keys()
        .primaryKeys()
        .where("TABLE_CAT", NamePattern.of(catalog))
        .where("TABLE_SCHEM", NamePattern.of(schema))
        .where("TABLE_NAME", NamePattern.of(table))
        .sortedBy("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME")
        .toResultSet();
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return narrow(keys().foreignKeys(), "FK", catalog, schema, table)
        .sortedBy("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "FK_NAME", "KEY_SEQ")
        .toResultSet();
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return narrow(keys().foreignKeys(), "PK", catalog, schema, table)
        .sortedBy("FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FK_NAME", "KEY_SEQ")
        .toResultSet();
  }

  @Override
  public ResultSet getCrossReference(
      String parentCatalog,
      String parentSchema,
      String parentTable,
      String foreignCatalog,
      String foreignSchema,
      String foreignTable)
      throws SQLException {
    MetadataRows byParent =
        narrow(keys().foreignKeys(), "PK", parentCatalog, parentSchema, parentTable);
    return narrow(byParent, "FK", foreignCatalog, foreignSchema, foreignTable)
        .sortedBy("FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FK_NAME", "KEY_SEQ")
        .toResultSet();
  }

  @Override
  public ResultSet getAttributes(String a, String b, String c, String d) throws SQLException {
    return calcite(super.getAttributes(a, b, c, d));
  }

  @Override
  public ResultSet getBestRowIdentifier(String a, String b, String c, int d, boolean e)
      throws SQLException {
    return calcite(super.getBestRowIdentifier(a, b, c, d, e));
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    return calcite(super.getCatalogs());
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return calcite(super.getClientInfoProperties());
  }

  @Override
  public ResultSet getColumnPrivileges(String a, String b, String c, String d) throws SQLException {
    return calcite(super.getColumnPrivileges(a, b, c, d));
  }

  @Override
  public ResultSet getFunctionColumns(String a, String b, String c, String d) throws SQLException {
    return calcite(super.getFunctionColumns(a, b, c, d));
  }

  @Override
  public ResultSet getIndexInfo(String a, String b, String c, boolean d, boolean e)
      throws SQLException {
    return calcite(super.getIndexInfo(a, b, c, d, e));
  }

  @Override
  public ResultSet getProcedureColumns(String a, String b, String c, String d) throws SQLException {
    return calcite(super.getProcedureColumns(a, b, c, d));
  }

  @Override
  public ResultSet getProcedures(String a, String b, String c) throws SQLException {
    return calcite(super.getProcedures(a, b, c));
  }

  @Override
  public ResultSet getPseudoColumns(String a, String b, String c, String d) throws SQLException {
    return calcite(super.getPseudoColumns(a, b, c, d));
  }

  @Override
  public ResultSet getSuperTables(String a, String b, String c) throws SQLException {
    return calcite(super.getSuperTables(a, b, c));
  }

  @Override
  public ResultSet getSuperTypes(String a, String b, String c) throws SQLException {
    return calcite(super.getSuperTypes(a, b, c));
  }

  @Override
  public ResultSet getTablePrivileges(String a, String b, String c) throws SQLException {
    return calcite(super.getTablePrivileges(a, b, c));
  }

  @Override
  public ResultSet getUDTs(String a, String b, String c, int[] d) throws SQLException {
    return calcite(super.getUDTs(a, b, c, d));
  }

  @Override
  public ResultSet getVersionColumns(String a, String b, String c) throws SQLException {
    return calcite(super.getVersionColumns(a, b, c));
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrap(this, delegate, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return Wrappers.isWrapperFor(this, delegate, type);
  }

  /** Calcite's answer, handed out as a result set without a statement. */
  private static ResultSet calcite(ResultSet answer) {
    return answer == null ? null : RallyUpResultSet.ofMetadata(answer);
  }

  /** Foreign-key rows whose {@code side} ("PK" or "FK") table matches the patterns. */
  private static MetadataRows narrow(
      MetadataRows rows, String side, String catalog, String schema, String table) {
    return rows.where(side + "TABLE_CAT", NamePattern.of(catalog))
        .where(side + "TABLE_SCHEM", NamePattern.of(schema))
        .where(side + "TABLE_NAME", NamePattern.of(table));
  }

  private CatalogKeys keys() throws SQLException {
    return CatalogKeys.of(connection.unwrap(CalciteConnection.class).getRootSchema());
  }
}
