package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * DatabaseMetaData lists the catalog's tables and columns with their descriptions, without a
 * request.
 */
class MetadataTest {
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
}
