package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The sizes a query's ResultSetMetaData reports for a column are those {@code getColumns} reports
 * for it, so tools lay out a result grid as they lay out the table.
 */
class ResultSetSizesTest {
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void queryColumnsHaveTheCatalogsSizes() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records("[]"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select campaign_name, transaction_created_date from donations")) {
      ResultSetMetaData meta = rows.getMetaData();
      assertThat(meta.getColumnType(1)).isEqualTo(Types.VARCHAR);
      assertThat(meta.getColumnType(2)).isEqualTo(Types.TIMESTAMP);
      for (int column = 1; column <= 2; column++) {
        int size = columnSize(connection, meta.getColumnName(column));
        assertThat(meta.getPrecision(column)).as(meta.getColumnName(column)).isEqualTo(size);
        assertThat(meta.getColumnDisplaySize(column))
            .as(meta.getColumnName(column))
            .isEqualTo(size);
      }
      assertThat(meta.getPrecision(1)).isEqualTo(Integer.MAX_VALUE);
      assertThat(meta.getPrecision(2)).isEqualTo("yyyy-mm-dd hh:mm:ss.fff".length());
    }
  }

  private static int columnSize(Connection connection, String column) throws SQLException {
    try (ResultSet columns =
        connection.getMetaData().getColumns(null, "rallyup", "donations", column)) {
      assertThat(columns.next()).as(column).isTrue();
      return columns.getInt("COLUMN_SIZE");
    }
  }
}
