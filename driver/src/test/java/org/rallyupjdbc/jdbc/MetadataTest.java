package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * DatabaseMetaData lists the catalog's tables and columns with their descriptions, type names that
 * {@code getTypeInfo} knows and the sizes JDBC defines, without a request; names and versions come
 * from the build; the active schema can be changed.
 */
class MetadataTest {
  private static final Set<Integer> STANDARD_TYPES =
      Set.of(
          Types.BIGINT,
          Types.INTEGER,
          Types.DECIMAL,
          Types.BOOLEAN,
          Types.VARCHAR,
          Types.TIMESTAMP);

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void tablesCarryTheirDescriptions() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      List<String> rows = new ArrayList<>();
      try (ResultSet tables = connection.getMetaData().getTables(null, "rallyup", "%", null)) {
        while (tables.next()) {
          rows.add(tables.getString("TABLE_NAME") + ": " + tables.getString("REMARKS"));
        }
      }
      List<String> expected = new ArrayList<>();
      for (TableSpec table : Catalog.builtIn().schema("rallyup").orElseThrow().tables()) {
        expected.add(table.name() + ": " + table.description());
      }
      assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void columnsCarryDescriptionsAndPlainTypeNames() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> rows = new ArrayList<>();
      try (ResultSet columns = meta.getColumns(null, "rallyup", "donations", "transaction_%")) {
        while (columns.next()) {
          rows.add(
              columns.getString("COLUMN_NAME")
                  + " "
                  + columns.getString("TYPE_NAME")
                  + " "
                  + columns.getInt("NULLABLE")
                  + ": "
                  + columns.getString("REMARKS"));
        }
      }
      TableSpec donations =
          Catalog.builtIn().schema("rallyup").orElseThrow().table("donations").orElseThrow();
      String id = donations.columns().get(donations.columnIndex("transaction_id")).description();
      String gross =
          donations
              .columns()
              .get(donations.columnIndex("transaction_gross_amount_value"))
              .description();
      assertThat(rows)
          .contains(
              "transaction_id BIGINT " + DatabaseMetaData.columnNoNulls + ": " + id,
              "transaction_gross_amount_value DECIMAL "
                  + DatabaseMetaData.columnNullable
                  + ": "
                  + gross)
          .anyMatch(r -> r.startsWith("transaction_created_date TIMESTAMP "));
    }
  }

  @Test
  void columnSizesAndDigitsFollowTheSpecification() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      Map<String, String> sizes = new HashMap<>();
      for (String table : List.of("donations", "campaigns")) {
        try (ResultSet columns = meta.getColumns(null, "rallyup", table, null)) {
          while (columns.next()) {
            sizes.put(
                table + "." + columns.getString("COLUMN_NAME"),
                columns.getString("TYPE_NAME")
                    + " size="
                    + columns.getObject("COLUMN_SIZE")
                    + " digits="
                    + columns.getObject("DECIMAL_DIGITS")
                    + " octets="
                    + columns.getObject("CHAR_OCTET_LENGTH")
                    + " "
                    + columns.getString("IS_NULLABLE"));
          }
        }
      }
      assertThat(sizes)
          .containsEntry("donations.transaction_id", "BIGINT size=19 digits=0 octets=null NO")
          .containsEntry(
              "donations.transaction_created_date", "TIMESTAMP size=23 digits=3 octets=null YES")
          .containsEntry(
              "donations.transaction_gross_amount_value",
              "DECIMAL size=19 digits=2 octets=null YES")
          .containsEntry(
              "donations.donor_first_name",
              "VARCHAR size=2147483647 digits=null octets=2147483647 YES")
          .containsEntry("donations.is_recurring", "BOOLEAN size=1 digits=null octets=null YES")
          .containsEntry("campaigns.total_views", "INTEGER size=10 digits=0 octets=null YES");
    }
  }

  @Test
  void everyTypeNameIsATypeInfoNameAndTypeInfoIsInDataTypeOrder() throws SQLException {
    for (String extra : List.of("", ";partner=true")) {
      try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(extra))) {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> typeNames = new HashSet<>();
        List<Integer> dataTypes = new ArrayList<>();
        try (ResultSet types = meta.getTypeInfo()) {
          while (types.next()) {
            typeNames.add(types.getString("TYPE_NAME"));
            dataTypes.add(types.getInt("DATA_TYPE"));
          }
        }
        assertThat(dataTypes).isSorted();
        int columns = 0;
        try (ResultSet rows = meta.getColumns(null, null, "%", "%")) {
          while (rows.next()) {
            assertThat(typeNames).contains(rows.getString("TYPE_NAME"));
            if (!rows.getString("TABLE_SCHEM").equals("metadata")) {
              assertThat(STANDARD_TYPES).contains(rows.getInt("DATA_TYPE"));
              columns++;
            }
          }
        }
        assertThat(columns).isGreaterThan(40);
      }
    }
  }

  @Test
  void namesAndVersionsComeFromTheBuild() throws Exception {
    String version = buildVersion();
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      assertThat(meta.getDriverName()).isEqualTo("RallyUp JDBC Driver");
      assertThat(meta.getDriverVersion()).isEqualTo(version);
      assertThat(meta.getDatabaseProductName()).isEqualTo("RallyUp");
      assertThat(meta.getDatabaseProductVersion()).isEqualTo(version);
      String[] parts = version.split("[.-]");
      assertThat(meta.getDriverMajorVersion()).isEqualTo(Integer.parseInt(parts[0]));
      assertThat(meta.getDriverMinorVersion()).isEqualTo(Integer.parseInt(parts[1]));
      assertThat(meta.getDatabaseMajorVersion()).isEqualTo(Integer.parseInt(parts[0]));
      assertThat(meta.getDatabaseMinorVersion()).isEqualTo(Integer.parseInt(parts[1]));
      assertThat(DriverManager.getDriver("jdbc:rallyup:").getMajorVersion())
          .isEqualTo(Integer.parseInt(parts[0]));
    }
  }

  @Test
  void theActiveSchemaCanBeReadAndChanged() throws SQLException {
    fake.paged(
        "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":1,\"CampaignId\":2}]"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(connection.getSchema()).isEqualTo("rallyup");
      connection.setSchema("metadata");
      assertThat(connection.getSchema()).isEqualTo("metadata");
      assertThat(
              Sql.rows(
                  connection,
                  "select count(*) as n from \"TABLES\" where \"tableName\" = 'donations'"))
          .containsExactly("n=1");
      connection.setSchema("RALLYUP");
      Sql.assertRows(connection, "select transaction_id from donations", "transaction_id=1");
    }
  }

  /** The project version in the driver's pom, which the build writes into the jar. */
  private static String buildVersion() throws Exception {
    Document pom =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
    Element parent = (Element) pom.getElementsByTagName("parent").item(0);
    return parent.getElementsByTagName("version").item(0).getTextContent();
  }
}
