package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.ForeignKeySpec;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Primary and foreign keys from the catalog, in the result-set shapes the JDBC specification gives
 * (column names, order and types checked), for one table or for DBeaver's {@code %}, with no
 * request to the API.
 */
class MetadataKeysTest {
  private static final List<String> PRIMARY_KEY_COLUMNS =
      List.of(
          "TABLE_CAT:VARCHAR",
          "TABLE_SCHEM:VARCHAR",
          "TABLE_NAME:VARCHAR",
          "COLUMN_NAME:VARCHAR",
          "KEY_SEQ:SMALLINT",
          "PK_NAME:VARCHAR");
  private static final List<String> FOREIGN_KEY_COLUMNS =
      List.of(
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

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void primaryKeysOfOneTableAnyCaseAndOfEveryTable() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet keys = meta.getPrimaryKeys(null, "rallyup", "donations")) {
        assertThat(shape(keys)).containsExactlyElementsOf(PRIMARY_KEY_COLUMNS);
        assertThat(primaryKeyRows(keys))
            .containsExactly("null.rallyup.donations.transaction_id #1 donations_pkey");
      }
      try (ResultSet keys = meta.getPrimaryKeys("", "RALLYUP", "Donations")) {
        assertThat(primaryKeyRows(keys)).hasSize(1);
      }
      try (ResultSet keys = meta.getPrimaryKeys(null, null, "%")) {
        assertThat(primaryKeyRows(keys)).containsExactlyElementsOf(expectedPrimaryKeys("rallyup"));
      }
      try (ResultSet keys = meta.getPrimaryKeys("elsewhere", "rallyup", "donations")) {
        assertThat(keys.next()).isFalse();
      }
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void aCompositeKeyIsListedInKeyOrder() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl="
                + fake.baseUrl()
                + ";partner=true;user="
                + FakeRallyUp.LOGIN
                + ";password="
                + FakeRallyUp.SECRET)) {
      try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, "partner", "org_users")) {
        assertThat(primaryKeyRows(keys))
            .containsExactly(
                "null.partner.org_users.organization_id #1 org_users_pkey",
                "null.partner.org_users.user_id #2 org_users_pkey");
      }
      try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, "partner", "%")) {
        assertThat(primaryKeyRows(keys)).containsExactlyElementsOf(expectedPrimaryKeys("partner"));
      }
    }
  }

  @Test
  void importedKeysPointFromATableToTheTablesItReferences() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet keys = meta.getImportedKeys(null, "rallyup", "donations")) {
        assertThat(shape(keys)).containsExactlyElementsOf(FOREIGN_KEY_COLUMNS);
        assertThat(keys.next()).isTrue();
        assertThat(keys.getString("PKTABLE_NAME")).isEqualTo("campaigns");
        assertThat(keys.getString("PKCOLUMN_NAME")).isEqualTo("id");
        assertThat(keys.getString("FKTABLE_NAME")).isEqualTo("donations");
        assertThat(keys.getString("FKCOLUMN_NAME")).isEqualTo("campaign_id");
        assertThat(keys.getShort("KEY_SEQ")).isEqualTo((short) 1);
        assertThat(keys.getShort("UPDATE_RULE"))
            .isEqualTo((short) DatabaseMetaData.importedKeyNoAction);
        assertThat(keys.getShort("DELETE_RULE"))
            .isEqualTo((short) DatabaseMetaData.importedKeyNoAction);
        assertThat(keys.getString("FK_NAME")).isEqualTo("donations_campaign_id_fkey");
        assertThat(keys.getString("PK_NAME")).isEqualTo("campaigns_pkey");
        assertThat(keys.getShort("DEFERRABILITY"))
            .isEqualTo((short) DatabaseMetaData.importedKeyNotDeferrable);
        assertThat(keys.getString("PKTABLE_CAT")).isNull();
        assertThat(keys.wasNull()).isTrue();
        assertThat(keys.next()).isFalse();
      }
      try (ResultSet keys = meta.getImportedKeys(null, "rallyup", "donations_items")) {
        assertThat(foreignKeyRows(keys))
            .containsExactly(
                "donations_items.transaction_id -> donations.transaction_id #1"
                    + " donations_items_transaction_id_fkey");
      }
      try (ResultSet keys = meta.getImportedKeys(null, "rallyup", "%")) {
        assertThat(foreignKeyRows(keys))
            .containsExactlyInAnyOrderElementsOf(expectedForeignKeys("rallyup"));
      }
      try (ResultSet keys = meta.getImportedKeys(null, "rallyup", "campaigns")) {
        assertThat(keys.next()).isFalse();
      }
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void exportedKeysAndCrossReferencesPointToATable() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> referencingCampaigns =
          expectedForeignKeys("rallyup").stream()
              .filter(k -> k.contains("-> campaigns.id"))
              .sorted()
              .toList();
      assertThat(referencingCampaigns).hasSizeGreaterThan(10);
      try (ResultSet keys = meta.getExportedKeys(null, "rallyup", "campaigns")) {
        assertThat(shape(keys)).containsExactlyElementsOf(FOREIGN_KEY_COLUMNS);
        assertThat(foreignKeyRows(keys))
            .as("ordered by the referencing table")
            .containsExactlyElementsOf(referencingCampaigns);
      }
      try (ResultSet keys =
          meta.getCrossReference(null, "rallyup", "campaigns", null, "RALLYUP", "raffle_winners")) {
        assertThat(shape(keys)).containsExactlyElementsOf(FOREIGN_KEY_COLUMNS);
        assertThat(foreignKeyRows(keys))
            .containsExactly(
                "raffle_winners.campaign_id -> campaigns.id #1 raffle_winners_campaign_id_fkey");
      }
      try (ResultSet keys =
          meta.getCrossReference(null, "rallyup", "donations", null, "rallyup", "raffle_winners")) {
        assertThat(keys.next()).isFalse();
      }
    }
  }

  /** Every primary-key column of the schema, as the catalog declares it, in JDBC's order. */
  private static List<String> expectedPrimaryKeys(String schemaName) {
    SchemaSpec schema = Catalog.builtIn().schema(schemaName).orElseThrow();
    List<String> rows = new ArrayList<>();
    schema.tables().stream()
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .forEach(
            table -> {
              List<String> key = table.primaryKey();
              List<String> sorted = key.stream().sorted().toList();
              for (String column : sorted) {
                rows.add(
                    "null."
                        + schemaName
                        + "."
                        + table.name()
                        + "."
                        + column
                        + " #"
                        + (key.indexOf(column) + 1)
                        + " "
                        + table.name()
                        + "_pkey");
              }
            });
    assertThat(rows).hasSizeGreaterThan(3);
    return rows;
  }

  private static List<String> expectedForeignKeys(String schemaName) {
    List<String> rows = new ArrayList<>();
    for (TableSpec table : Catalog.builtIn().schema(schemaName).orElseThrow().tables()) {
      for (ForeignKeySpec key : table.foreignKeys()) {
        for (int i = 0; i < key.columns().size(); i++) {
          rows.add(
              table.name()
                  + "."
                  + key.columns().get(i)
                  + " -> "
                  + key.table()
                  + "."
                  + key.referencedColumns().get(i)
                  + " #"
                  + (i + 1)
                  + " "
                  + table.name()
                  + "_"
                  + String.join("_", key.columns())
                  + "_fkey");
        }
      }
    }
    return rows;
  }

  private static List<String> shape(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String type =
          meta.getColumnType(i) == Types.SMALLINT ? "SMALLINT" : meta.getColumnTypeName(i);
      columns.add(meta.getColumnName(i) + ":" + type);
    }
    return columns;
  }

  private static List<String> primaryKeyRows(ResultSet keys) throws SQLException {
    List<String> rows = new ArrayList<>();
    while (keys.next()) {
      rows.add(
          keys.getString("TABLE_CAT")
              + "."
              + keys.getString("TABLE_SCHEM")
              + "."
              + keys.getString("TABLE_NAME")
              + "."
              + keys.getString("COLUMN_NAME")
              + " #"
              + keys.getShort("KEY_SEQ")
              + " "
              + keys.getString("PK_NAME"));
    }
    return rows;
  }

  private static List<String> foreignKeyRows(ResultSet keys) throws SQLException {
    List<String> rows = new ArrayList<>();
    while (keys.next()) {
      rows.add(
          keys.getString("FKTABLE_NAME")
              + "."
              + keys.getString("FKCOLUMN_NAME")
              + " -> "
              + keys.getString("PKTABLE_NAME")
              + "."
              + keys.getString("PKCOLUMN_NAME")
              + " #"
              + keys.getInt("KEY_SEQ")
              + " "
              + keys.getString("FK_NAME"));
    }
    return rows;
  }
}
