package org.rallyupjdbc.shell;

import java.io.PrintStream;
import java.sql.SQLException;
import sqlline.SqlLine;

/**
 * sqlline that reports a failed statement as psql does: one line, {@code ERROR <SQLState>:
 * <message>}, instead of sqlline's line followed by a Java stack trace (which it prints for every
 * failure in a script). {@code --verbose} (or {@code !verbose}) adds the stack trace.
 */
final class ShellSqlLine extends SqlLine {
  /** Avatica's prefix, which repeats the statement the user just typed. */
  private static final String EXECUTING = "Error while executing SQL \"";

  private final PrintStream err;

  ShellSqlLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public void handleException(Throwable e) {
    error(line(e));
    if (getOpts().getVerbose()) {
      e.printStackTrace(err);
    }
  }

  /** The one line for a failure: its SQLState, if it is an SQLException, and its message. */
  static String line(Throwable e) {
    Throwable failure = e;
    while (!(failure instanceof SQLException) && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (!(failure instanceof SQLException sql)) {
      return "ERROR: " + oneLine(String.valueOf(e.getMessage()));
    }
    String state = sql.getSQLState() == null ? "" : " " + sql.getSQLState();
    return "ERROR" + state + ": " + oneLine(message(sql));
  }

  private static String message(SQLException e) {
    String message = String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (message.startsWith(EXECUTING)
        && cause != null
        && cause.getMessage() != null
        && message.endsWith("\": " + cause.getMessage())) {
      return cause.getMessage();
    }
    return message;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
