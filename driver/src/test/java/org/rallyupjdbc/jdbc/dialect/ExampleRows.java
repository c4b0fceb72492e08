package org.rallyupjdbc.jdbc.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A function example's result as docs/sql.md prints it: each row's {@code getString} values joined
 * by {@code |}, rows joined by {@code /}. Uses nothing but {@code java.sql}, so the shaded-jar
 * probe can render with it too.
 */
public final class ExampleRows {
  private ExampleRows() {}

  /** Runs {@code sql} and renders its rows. */
  public static String render(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      int columns = resultSet.getMetaData().getColumnCount();
      while (resultSet.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(resultSet.getString(i)));
        }
        rows.add(String.join(" | ", values));
      }
    }
    return String.join(" / ", rows);
  }
}
