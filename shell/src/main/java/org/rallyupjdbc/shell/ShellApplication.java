package org.rallyupjdbc.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import sqlline.Application;
import sqlline.OutputFormat;
import sqlline.PlanOutputFormat;
import sqlline.SqlLine;
import sqlline.SqlLineOpts;

/**
 * sqlline's configuration for rallyup-sql (its {@code -ac} option): every output format but csv
 * prints an {@code EXPLAIN PLAN FOR} result one plan node per line.
 */
public final class ShellApplication extends Application {
  /** Called by sqlline, which instantiates the class by name. */
  public ShellApplication() {}

  /**
   * The options the command line has set already: sqlline applies {@code -ac} after reading every
   * other argument, and would otherwise start again from its defaults.
   */
  @Override
  public SqlLineOpts getOpts(SqlLine sqlLine) {
    return sqlLine.getOpts();
  }

  @Override
  public Map<String, OutputFormat> getOutputFormats(SqlLine sqlLine) {
    Map<String, OutputFormat> formats = new LinkedHashMap<>();
    super.getOutputFormats(sqlLine)
        .forEach(
            (name, format) ->
                formats.put(
                    name,
                    // sqlline reconfigures its csv format by casting it to its own class; csv is
                    // for programs anyway, which read the plan as the one value EXPLAIN returns
                    name.equals("csv") ? format : new PlanOutputFormat(sqlLine, format)));
    return formats;
  }
}
