package org.rallyupjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL and renders each row as {@code col=value; col=value} ({@code getString} values), so
 * tests state expected results as readable lines.
 */
public final class Sql {
  private Sql() {}

  /** All rows of the query, rendered. */
  public static List<String> rows(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      return render(resultSet);
    }
  }

  /** All rows of a result set, rendered. */
  public static List<String> render(ResultSet resultSet) throws SQLException {
    ResultSetMetaData meta = resultSet.getMetaData();
    List<String> rows = new ArrayList<>();
    while (resultSet.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        if (i > 1) {
          row.append("; ");
        }
        row.append(meta.getColumnLabel(i)).append('=').append(resultSet.getString(i));
      }
      rows.add(row.toString());
    }
    return rows;
  }

  /** Asserts the query returns exactly these rows in this order. */
  public static void assertRows(Connection connection, String sql, String... expected)
      throws SQLException {
    assertThat(rows(connection, sql)).containsExactly(expected);
  }
}
