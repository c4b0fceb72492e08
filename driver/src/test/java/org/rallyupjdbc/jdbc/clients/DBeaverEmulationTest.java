package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Replays what DBeaver's Generic provider calls, in its order (docs/dbeaver.md): load the driver by
 * name, connect directly, set up the execution context, read the data-source info and SQL dialect,
 * load the navigator (types, catalogs, schemas, tables, all columns of a schema at once, keys and
 * indexes with {@code %} as the table, escaped names), find and switch the active schema, read a
 * table with a row limit and its column metadata, cancel, and keep the connection alive with {@code
 * isValid}.
 */
class DBeaverEmulationTest {
  private final FakeRallyUp fake = ClientFixtures.fake();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void theGenericProviderSequence() throws Exception {
    // 1. load the driver the way DriverDescriptor does: by name, public no-argument constructor
    Driver driver =
        (Driver) Class.forName("org.rallyupjdbc.jdbc.RallyUpDriver").getConstructor().newInstance();
    String url = "jdbc:rallyup:baseUrl=" + fake.baseUrl();
    assertThat(driver.acceptsURL(url)).isTrue();

    // the driver-properties grid, user and password skipped as DBeaver does
    Properties props = new Properties();
    props.setProperty("user", FakeRallyUp.LOGIN);
    props.setProperty("password", FakeRallyUp.SECRET);
    List<String> grid = new ArrayList<>();
    for (DriverPropertyInfo info : driver.getPropertyInfo(url, props)) {
      if (info.name.equals("user") || info.name.equals("password")) {
        continue;
      }
      assertThat(info.description).isNotBlank();
      assertThat(String.valueOf(info.value)).doesNotContain(FakeRallyUp.SECRET);
      grid.add(info.name + (info.choices == null ? "" : Arrays.toString(info.choices)));
    }
    assertThat(grid).contains("baseUrl", "pageSize", "partner[true, false]");

    // 2. connect directly (not through DriverManager); a read-only data source sets read-only
    props.setProperty("pageSize", "100");
    try (Connection connection = driver.connect(url, props)) {
      connection.setReadOnly(true);

      // 3. execution context
      connection.setAutoCommit(true);
      assertThat(connection.getAutoCommit()).isTrue();
      int isolation = connection.getTransactionIsolation();
      connection.setTransactionIsolation(isolation);

      DatabaseMetaData meta = connection.getMetaData();
      dataSourceInfo(connection, meta);
      sqlDialect(meta);
      navigator(meta);
      activeSchema(connection);

      // 8. client info is set by non-Generic providers; it must not fail
      try (ResultSet clientInfo = meta.getClientInfoProperties()) {
        clientInfo.next();
      }
      connection.setClientInfo("ApplicationName", "DBeaver 24.2.3 - Main");

      readTable(connection);

      // 10. keep-alive, just after the data tab's request: that answer vouches for the connection
      assertThat(connection.isValid(5)).isTrue();
    }
    // the data tab's setMaxRows(5) shrinks the one page it needs to five records
    assertThat(fake.apiRequests())
        .containsExactly("GET /v2/api/listdonations?pageIndex=1&pageSize=5");
  }

  /** 4. JDBCDataSourceInfo. */
  private static void dataSourceInfo(Connection connection, DatabaseMetaData meta)
      throws SQLException {
    assertThat(connection.isReadOnly()).isTrue();
    assertThat(meta.getDatabaseProductName()).isEqualTo("RallyUp");
    assertThat(meta.getDatabaseProductVersion()).isNotBlank();
    assertThat(meta.getDriverName()).isEqualTo("RallyUp JDBC Driver");
    assertThat(meta.getDriverVersion()).isEqualTo(meta.getDatabaseProductVersion());
    assertThat(meta.getDatabaseMajorVersion()).isNotNegative();
    assertThat(meta.getDatabaseMinorVersion()).isNotNegative();
    assertThat(meta.getSchemaTerm()).isNotNull();
    assertThat(meta.getProcedureTerm()).isNotNull();
    assertThat(meta.getCatalogTerm()).isNotNull();
    assertThat(meta.supportsBatchUpdates()).isFalse();
    assertThat(meta.supportsTransactions()).isFalse();
    for (int level :
        new int[] {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_SERIALIZABLE}) {
      meta.supportsTransactionIsolationLevel(level);
    }
  }

  /** 5. JDBCSQLDialect: quoting and case must agree with how names are looked up. */
  private static void sqlDialect(DatabaseMetaData meta) throws SQLException {
    assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
    meta.getSQLStateType();
    assertThat(meta.supportsSubqueriesInComparisons()).isTrue();
    meta.supportsSubqueriesInExists();
    meta.supportsSubqueriesInIns();
    meta.supportsSubqueriesInQuantifieds();
    assertThat(meta.storesUpperCaseIdentifiers()).isFalse();
    assertThat(meta.storesLowerCaseIdentifiers()).isFalse();
    assertThat(meta.storesMixedCaseIdentifiers()).isTrue();
    assertThat(meta.storesUpperCaseQuotedIdentifiers()).isFalse();
    assertThat(meta.storesLowerCaseQuotedIdentifiers()).isFalse();
    meta.storesMixedCaseQuotedIdentifiers();
    meta.supportsMixedCaseIdentifiers();
    meta.supportsMixedCaseQuotedIdentifiers();
    assertThat(meta.getSearchStringEscape()).isEqualTo("\\");
    meta.getCatalogSeparator();
    meta.supportsCatalogsInDataManipulation();
    meta.supportsCatalogsInTableDefinitions();
    assertThat(meta.supportsSchemasInDataManipulation()).isTrue();
    meta.supportsSchemasInTableDefinitions();
    meta.getExtraNameCharacters();
    meta.isCatalogAtStart();
    assertThat(meta.getSQLKeywords()).isNotEmpty();
    assertThat(meta.getNumericFunctions()).isNotEmpty();
    assertThat(meta.getStringFunctions()).isNotEmpty();
    meta.getSystemFunctions();
    assertThat(meta.getTimeDateFunctions()).isNotEmpty();
  }

  /** 6. GenericDataSource.initialize and GenericMetaModel: what the navigator loads. */
  private static void navigator(DatabaseMetaData meta) throws SQLException {
    SchemaSpec catalog = Catalog.builtIn().schema("rallyup").orElseThrow();
    assertThat(count(meta.getTypeInfo())).isGreaterThan(10);
    List<String> catalogs = new ArrayList<>();
    try (ResultSet rows = meta.getCatalogs()) {
      while (rows.next()) {
        String name = rows.getString("TABLE_CAT");
        if (name != null && !name.isEmpty()) {
          catalogs.add(name); // DBeaver skips rows without a name
        }
      }
    }
    assertThat(catalogs).isEmpty();
    assertThat(strings(meta.getSchemas(null, null), "TABLE_SCHEM")).contains("rallyup");
    assertThat(strings(meta.getSchemas(), "TABLE_SCHEM")).contains("rallyup");
    assertThat(strings(meta.getTableTypes(), "TABLE_TYPE")).contains("TABLE", "SYSTEM TABLE");
    assertThat(strings(meta.getTables(null, "rallyup", "%", null), "TABLE_NAME"))
        .containsExactlyInAnyOrderElementsOf(
            catalog.tables().stream().map(TableSpec::name).toList());

    // all columns of the schema in one call, with REMARKS
    int columns = 0;
    try (ResultSet rows = meta.getColumns(null, "rallyup", "%", "%")) {
      while (rows.next()) {
        assertThat(rows.getString("REMARKS")).isNotBlank();
        columns++;
      }
    }
    assertThat(columns)
        .isEqualTo(catalog.tables().stream().mapToInt(t -> t.columns().size()).sum());

    // keys and indexes with % as the table name
    long primaryKeyColumns = catalog.tables().stream().mapToLong(t -> t.primaryKey().size()).sum();
    assertThat(count(meta.getPrimaryKeys(null, "rallyup", "%"))).isEqualTo(primaryKeyColumns);
    long foreignKeyColumns =
        catalog.tables().stream()
            .flatMap(t -> t.foreignKeys().stream())
            .mapToLong(k -> k.columns().size())
            .sum();
    assertThat(count(meta.getImportedKeys(null, "rallyup", "%"))).isEqualTo(foreignKeyColumns);
    count(meta.getIndexInfo(null, "rallyup", "%", false, true));
    count(meta.getProcedures(null, "rallyup", "%"));
    count(meta.getFunctions(null, "rallyup", "%"));

    // a table opened in the navigator: names escaped with getSearchStringEscape
    String escaped = "donations\\_items";
    assertThat(strings(meta.getTables(null, "rallyup", escaped, null), "TABLE_NAME"))
        .containsExactly("donations_items");
    assertThat(count(meta.getColumns(null, "rallyup", escaped, "%")))
        .isEqualTo(catalog.table("donations_items").orElseThrow().columns().size());
    assertThat(strings(meta.getImportedKeys(null, "rallyup", "donations_items"), "PKTABLE_NAME"))
        .containsExactly("donations");
    assertThat(strings(meta.getPrimaryKeys(null, "rallyup", "donations"), "COLUMN_NAME"))
        .containsExactly("transaction_id");
  }

  /**
   * 7. GenericExecutionContext: the active schema comes from getSchema and changes by setSchema.
   */
  private static void activeSchema(Connection connection) throws SQLException {
    assertThat(connection.getCatalog()).isNull();
    assertThat(connection.getSchema()).isEqualTo("rallyup");
    connection.setSchema("rallyup");
    assertThat(connection.getSchema()).isEqualTo("rallyup");
  }

  /** 9. Open a table's data tab: a row limit, the column metadata, every value; then cancel. */
  private static void readTable(Connection connection) throws SQLException {
    try (Statement statement =
        connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setMaxRows(5);
      try (ResultSet rows = statement.executeQuery("SELECT * FROM rallyup.donations")) {
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          assertThat(meta.getColumnLabel(i)).isEqualTo(meta.getColumnName(i));
          assertThat(meta.getTableName(i)).isEqualTo("donations");
          assertThat(meta.getSchemaName(i)).isEqualTo("rallyup");
          meta.getCatalogName(i);
          meta.isNullable(i);
          meta.getColumnDisplaySize(i);
          assertThat(meta.getColumnTypeName(i)).isNotBlank();
          meta.getColumnType(i);
          assertThat(meta.isAutoIncrement(i)).isFalse();
          meta.getPrecision(i);
          meta.getScale(i);
          assertThat(meta.isWritable(i)).isFalse();
        }
        int read = 0;
        while (rows.next()) {
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            rows.getObject(i);
          }
          read++;
        }
        assertThat(read).isEqualTo(5);
      }
      statement.cancel();
    }
  }

  private static long count(ResultSet rows) throws SQLException {
    long n = 0;
    try (rows) {
      while (rows.next()) {
        n++;
      }
    }
    return n;
  }

  private static List<String> strings(ResultSet rows, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (rows) {
      while (rows.next()) {
        values.add(rows.getString(column));
      }
    }
    return values;
  }
}
