package org.rallyupjdbc.bench.soak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * H2's answer to each statement of the mix, on the records of the start. H2 answers one statement
 * at a time; answers are kept, since the mix repeats its statements (a few hundred distinct texts)
 * and H2 never changes. The cap keeps the soak's own memory from growing with a wider mix.
 */
final class Expected {
  private static final int KEPT_ANSWERS = 1_000;

  private final H2Oracle oracle;
  private final Map<String, Result> answers = new ConcurrentHashMap<>();

  Expected(H2Oracle oracle) {
    this.oracle = oracle;
  }

  /** H2's result of the statement. */
  Result of(SoakQuery query) throws SQLException {
    Result all = answers.get(query.sql());
    if (all == null) {
      synchronized (oracle) {
        all = run(oracle.connection(), query.sql());
      }
      if (answers.size() < KEPT_ANSWERS) {
        answers.put(query.sql(), all);
      }
    }
    return query.maxRows() == 0 ? all : firstRows(all, query.maxRows());
  }

  /**
   * The first rows of an ordered result, as {@code setMaxRows} gives them; one answer serves every
   * maximum, since the order is total (by the key).
   */
  static Result firstRows(Result all, int maxRows) {
    return new Result(
        all.columnCount(), all.rows().subList(0, Math.min(maxRows, all.rows().size())));
  }

  /** Runs the statement and renders every row. */
  static Result run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return Results.render(rows);
    }
  }

  /** Whether {@code actual} holds the same rows as {@code expected}, in order when asked. */
  static boolean same(Result actual, Result expected, boolean ordered) {
    if (actual.columnCount() != expected.columnCount()) {
      return false;
    }
    List<String> a = ordered ? actual.rows() : actual.sortedRows();
    List<String> e = ordered ? expected.rows() : expected.sortedRows();
    return a.equals(e);
  }
}
