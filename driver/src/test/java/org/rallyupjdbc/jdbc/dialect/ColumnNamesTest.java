package org.rallyupjdbc.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unnamed select items are named as PostgreSQL names them, and the names can be used. */
class ColumnNamesTest {
  @Test
  void functionsAndCastsNameTheirColumns() throws SQLException {
    assertThat(
            labels(
                "SELECT COUNT(*), SUM(x), SUM(x), x::varchar, x + 1, COUNT(*) AS n,"
                    + " DATE_TRUNC('month', DATE '2024-03-10')"
                    + " FROM (VALUES (1)) AS t(x) GROUP BY x"))
        .containsExactly("count", "sum", "sum0", "x", "EXPR$4", "n", "date_trunc");
  }

  @Test
  void anExplicitNameIsNeverTakenTwice() throws SQLException {
    assertThat(labels("SELECT COUNT(*) AS count, COUNT(*) FROM (VALUES (1)) AS t(x)"))
        .containsExactly("count", "count0");
  }

  @Test
  void anOuterQueryReadsTheDerivedName() throws SQLException {
    try (FakeApiConnection api = new FakeApiConnection();
        Statement statement = api.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count + 1 FROM (SELECT COUNT(*) FROM (VALUES (1), (2)) AS t(x)) AS c")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(1)).isEqualTo(3);
    }
  }

  private static List<String> labels(String sql) throws SQLException {
    try (FakeApiConnection api = new FakeApiConnection();
        Statement statement = api.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData metaData = rows.getMetaData();
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        labels.add(metaData.getColumnLabel(i));
      }
      return labels;
    }
  }
}
