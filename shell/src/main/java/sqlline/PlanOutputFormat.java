package sqlline;

import java.sql.SQLException;

/**
 * Prints an {@code EXPLAIN PLAN FOR} result as its plan, one node per line and never cut to the
 * terminal's width, so each scan's request and predicted requests stay readable; every other result
 * goes to the output format the user chose. It lives in sqlline's package because the rows an
 * output format receives are of a type sqlline keeps package-private.
 */
public final class PlanOutputFormat implements OutputFormat {
  /** The single column of Calcite's EXPLAIN result. */
  private static final String PLAN_COLUMN = "PLAN";

  private final SqlLine sqlLine;
  private final OutputFormat others;

  /** Wraps {@code others}, the format for results that are not plans. */
  public PlanOutputFormat(SqlLine sqlLine, OutputFormat others) {
    this.sqlLine = sqlLine;
    this.others = others;
  }

  @Override
  public int print(Rows rows) {
    if (!isPlan(rows)) {
      return others.print(rows);
    }
    int nodes = 0;
    while (rows.hasNext()) {
      Rows.Row row = rows.next();
      if (row.isMeta || row.values[0] == null) {
        continue;
      }
      for (String line : row.values[0].split("\\R")) {
        if (!line.isBlank()) {
          sqlLine.output(line);
          nodes++;
        }
      }
    }
    // sqlline reports the count as "N rows selected": here, plan nodes, as psql counts plan lines
    return nodes;
  }

  private static boolean isPlan(Rows rows) {
    try {
      return rows.rsMeta.getColumnCount() == 1
          && PLAN_COLUMN.equalsIgnoreCase(rows.rsMeta.getColumnLabel(1));
    } catch (SQLException e) {
      return false;
    }
  }
}
