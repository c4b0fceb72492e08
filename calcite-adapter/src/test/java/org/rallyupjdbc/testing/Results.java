package org.rallyupjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a query's result into engine-neutral text, one string per row, so results of the driver and
 * of H2 compare exactly: numbers of any type by value ({@code stripTrailingZeros}; a double by its
 * shortest decimal), timestamps as {@code getTimestamp(..).toLocalDateTime()}, dates as {@code
 * getDate(..).toLocalDate()}, strings quoted verbatim (so a padded CHAR value shows its blanks),
 * booleans, and NULL.
 */
public final class Results {
  private Results() {}

  /** A result: its column count and its rendered rows in the order the engine returned them. */
  public record Result(int columnCount, List<String> rows) {
    /** The rows sorted, for comparing results as multisets. */
    public List<String> sortedRows() {
      List<String> sorted = new ArrayList<>(rows);
      sorted.sort(null);
      return sorted;
    }

    /**
     * Asserts this result equals {@code expected}: the same column count and the same rows, in the
     * same order when {@code ordered}, else as multisets; {@code what} names the query in failures.
     */
    public void assertSameAs(Result expected, boolean ordered, String what) {
      assertThat(columnCount).as("column count of %s", what).isEqualTo(expected.columnCount());
      if (ordered) {
        assertThat(rows)
            .as("rows, in order, of %s", what)
            .containsExactlyElementsOf(expected.rows());
      } else {
        assertThat(sortedRows())
            .as("rows (any order) of %s", what)
            .containsExactlyElementsOf(expected.sortedRows());
      }
    }
  }

  /** Runs the query as a plain statement and renders every row. */
  public static Result read(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      return render(resultSet);
    }
  }

  /** Runs the query as a prepared statement with these parameter values and renders every row. */
  public static Result read(Connection connection, String sql, List<?> parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet resultSet = statement.executeQuery()) {
        return render(resultSet);
      }
    }
  }

  /** Renders every row of an open result. */
  public static Result render(ResultSet resultSet) throws SQLException {
    ResultSetMetaData meta = resultSet.getMetaData();
    int columns = meta.getColumnCount();
    List<String> rows = new ArrayList<>();
    while (resultSet.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        if (i > 1) {
          row.append(" | ");
        }
        row.append(value(resultSet, i, meta.getColumnType(i), meta.getColumnTypeName(i)));
      }
      rows.add(row.toString());
    }
    return new Result(columns, rows);
  }

  private static String value(ResultSet resultSet, int column, int type, String typeName)
      throws SQLException {
    String text =
        switch (type) {
          case Types.TINYINT,
              Types.SMALLINT,
              Types.INTEGER,
              Types.BIGINT,
              Types.DECIMAL,
              Types.NUMERIC -> {
            BigDecimal number = resultSet.getBigDecimal(column);
            yield number == null ? null : number.stripTrailingZeros().toPlainString();
          }
          case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
            // the shortest decimal that reads back as the same double: equal doubles, equal text
            double number = resultSet.getDouble(column);
            yield resultSet.wasNull()
                ? null
                : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
          }
          case Types.BOOLEAN, Types.BIT -> {
            boolean flag = resultSet.getBoolean(column);
            yield resultSet.wasNull() ? null : Boolean.toString(flag);
          }
          case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> {
            String string = resultSet.getString(column);
            yield string == null ? null : "'" + string + "'";
          }
          case Types.TIMESTAMP -> {
            java.sql.Timestamp timestamp = resultSet.getTimestamp(column);
            yield timestamp == null ? null : "TIMESTAMP " + timestamp.toLocalDateTime();
          }
          case Types.DATE -> {
            java.sql.Date date = resultSet.getDate(column);
            yield date == null ? null : "DATE " + date.toLocalDate();
          }
          default ->
              throw new AssertionError(
                  "column "
                      + column
                      + " has type "
                      + typeName
                      + " ("
                      + type
                      + "), which the comparison does not normalize; cast it in the query");
        };
    return text == null ? "NULL" : text;
  }
}
