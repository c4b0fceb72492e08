package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Metadata patterns as JDBC defines them ({@code %}, {@code _}, the {@code \} escape), matched
 * without regard to case as SQL names are; the catalog argument; table types, SYSTEM TABLE
 * included; and the orders the specification gives.
 */
class MetadataPatternsTest {
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void tablePatternsHonourWildcardsEscapesAndAnyCase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      assertThat(meta.getSearchStringEscape()).isEqualTo("\\");
      assertThat(tables(meta, null, "rallyup", "d_nations", null)).containsExactly("donations");
      assertThat(tables(meta, null, "rallyup", "d\\_nations", null)).isEmpty();
      assertThat(tables(meta, null, "rallyup", "donations\\_items", null))
          .containsExactly("donations_items");
      assertThat(tables(meta, null, "rallyup", "donations_", null)).isEmpty();
      assertThat(tables(meta, null, "RALLYUP", "DONATIONS", null)).containsExactly("donations");
      assertThat(tables(meta, null, "Rally%", "%WINNERS", null))
          .containsExactly("auction_winners", "raffle_winners", "sweepstakes_winners");
      assertThat(tables(meta, null, "rallyup", "100\\%", null)).isEmpty();
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void theCatalogArgumentMeansNoCatalogOrNothing() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      assertThat(connection.getCatalog()).isNull();
      try (ResultSet catalogs = meta.getCatalogs()) {
        assertThat(catalogs.next()).isTrue();
        assertThat(catalogs.getString("TABLE_CAT")).isNull();
        assertThat(catalogs.next()).isFalse();
      }
      assertThat(tables(meta, "", "rallyup", "donations", null)).containsExactly("donations");
      assertThat(tables(meta, "elsewhere", "rallyup", "donations", null)).isEmpty();
      try (ResultSet columns = meta.getColumns("elsewhere", null, "donations", "%")) {
        assertThat(columns.next()).isFalse();
      }
    }
  }

  @Test
  void columnPatternsMatchAnyCaseAndComeInTableAndPositionOrder() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> columns = new ArrayList<>();
      try (ResultSet rows = meta.getColumns(null, "RallyUp", "D%S", "TRANSACTION\\_ID")) {
        while (rows.next()) {
          columns.add(
              rows.getString("TABLE_NAME")
                  + "."
                  + rows.getString("COLUMN_NAME")
                  + "@"
                  + rows.getInt("ORDINAL_POSITION"));
        }
      }
      assertThat(columns).hasSize(2).allMatch(c -> c.contains(".transaction_id@"));
      assertThat(columns.get(0)).startsWith("donations.");
      assertThat(columns.get(1)).startsWith("donations_items.");
      List<Integer> positions = new ArrayList<>();
      try (ResultSet rows = meta.getColumns(null, "rallyup", "campaigns", null)) {
        while (rows.next()) {
          positions.add(rows.getInt("ORDINAL_POSITION"));
        }
      }
      assertThat(positions).isSorted().startsWith(1, 2, 3);
    }
  }

  @Test
  void schemasAndTableTypes() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      assertThat(column(meta.getSchemas(), "TABLE_SCHEM"))
          .containsExactly("metadata", "rallyup", "rallyup_meta");
      assertThat(column(meta.getSchemas(null, "RALLY%"), "TABLE_SCHEM"))
          .containsExactly("rallyup", "rallyup_meta");
      assertThat(column(meta.getSchemas(null, "r_llyup"), "TABLE_SCHEM"))
          .containsExactly("rallyup");
      assertThat(column(meta.getTableTypes(), "TABLE_TYPE"))
          .containsExactly("SYSTEM TABLE", "TABLE", "VIEW");
      assertThat(tables(meta, null, null, "%", new String[] {"table"})).contains("donations");
      assertThat(tables(meta, null, null, "%", new String[] {"SYSTEM TABLE"}))
          .containsExactly(
              "COLUMNS", "TABLES", "api_check", "api_check_catalog", "capabilities", "requests");
      assertThat(tables(meta, null, null, "%", new String[] {"VIEW"})).isEmpty();
      List<String> types = column(meta.getTables(null, null, "%", null), "TABLE_TYPE");
      assertThat(types).startsWith("SYSTEM TABLE").endsWith("TABLE");
    }
  }

  /**
   * The driver's own schema, {@code rallyup_meta}, lists its tables as SYSTEM TABLE. (Its tables
   * come from another change; here a stand-in schema of that name is added to the connection.)
   */
  @Test
  void theRallyUpMetaSchemaHoldsSystemTables() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      connection
          .unwrap(CalciteConnection.class)
          .getRootSchema()
          .add(RallyUpMetaTableFactory.SYSTEM_SCHEMA, new OneTableSchema());
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rows = meta.getTables(null, "rallyup_meta", "%", null)) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString("TABLE_NAME")).isEqualTo("requests");
        assertThat(rows.getString("TABLE_TYPE")).isEqualTo("SYSTEM TABLE");
      }
      assertThat(tables(meta, null, null, "%", new String[] {"SYSTEM TABLE"}))
          .containsExactly("COLUMNS", "TABLES", "requests");
      assertThat(tables(meta, null, "rallyup_meta", "%", new String[] {"TABLE"})).isEmpty();
    }
  }

  @Test
  void functionPatternsMatchAnyCase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> upper = column(meta.getFunctions(null, null, "UPPER"), "FUNCTION_NAME");
      assertThat(upper).isNotEmpty().allMatch(name -> name.equalsIgnoreCase("upper"));
      assertThat(column(meta.getFunctions(null, null, "upper"), "FUNCTION_NAME")).isEqualTo(upper);
      assertThat(column(meta.getFunctions(null, null, "UPPE_"), "FUNCTION_NAME")).isEqualTo(upper);
    }
  }

  private static List<String> tables(
      DatabaseMetaData meta, String catalog, String schema, String table, String[] types)
      throws SQLException {
    return column(meta.getTables(catalog, schema, table, types), "TABLE_NAME");
  }

  private static List<String> column(ResultSet rows, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (rows) {
      while (rows.next()) {
        values.add(rows.getString(column));
      }
    }
    return values;
  }

  /** A schema with one table, {@code requests}. */
  private static final class OneTableSchema extends AbstractSchema {
    @Override
    protected Map<String, Table> getTableMap() {
      return Map.of(
          "requests",
          new AbstractTable() {
            @Override
            public RelDataType getRowType(RelDataTypeFactory typeFactory) {
              return typeFactory.builder().add("path", SqlTypeName.VARCHAR).build();
            }
          });
    }
  }
}
