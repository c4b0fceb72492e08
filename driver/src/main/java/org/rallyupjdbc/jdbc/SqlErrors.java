package org.rallyupjdbc.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.DateTimeException;
import java.util.regex.PatternSyntaxException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.rallyupjdbc.adapter.InvalidPropertyException;
import org.rallyupjdbc.adapter.QueryCancelledException;
import org.rallyupjdbc.adapter.UnsupportedQueryException;
import org.rallyupjdbc.client.RallyUpApiException;
import org.rallyupjdbc.jdbc.dialect.DialectException;

/**
 * Turns driver failures into SQLExceptions of the subclass and SQLState a JDBC client expects
 * (docs/reliability.md); the HTTP status, where there is one, is the vendor code.
 */
final class SqlErrors {
  private SqlErrors() {}

  /** A bad connection property: 08001, the connection cannot be made. */
  static SQLException invalidProperty(InvalidPropertyException e) {
    return new SQLNonTransientConnectionException(e.getMessage(), "08001", e);
  }

  /** A failure while logging in or setting up the connection. */
  static SQLException atConnect(RallyUpApiException e) {
    return switch (e.kind()) {
      case AUTHENTICATION, PERMISSION ->
          new SQLInvalidAuthorizationSpecException(e.getMessage(), "28000", e.httpStatus(), e);
      case TRANSPORT,
          TIMEOUT,
          CANCELLED,
          SERVER_ERROR,
          NOT_FOUND,
          RATE_LIMITED,
          CLIENT_ERROR,
          MALFORMED_RESPONSE,
          BAD_VALUE,
          TOO_MANY_REQUESTS,
          CHANGED_DURING_SCAN ->
          new SQLNonTransientConnectionException(e.getMessage(), "08001", e.httpStatus(), e);
    };
  }

  /**
   * A runtime exception from Calcite or Avatica as the SQLException JDBC promises: a bad column or
   * parameter position is 07009, a missing argument HY009, what Calcite never implemented 0A000;
   * anything else keeps its cause, under HY000.
   */
  static SQLException fromRuntime(RuntimeException e) {
    SQLException translated = translateKnown(e);
    if (translated.getSQLState() != null) {
      return translated;
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof IndexOutOfBoundsException) {
      return new SQLException("no such column or parameter: " + message, "07009", e);
    }
    if (e instanceof NullPointerException) {
      return new SQLException("a required argument is null: " + message, "HY009", e);
    }
    if (e instanceof UnsupportedOperationException || message.startsWith("todo: implement")) {
      return new SQLFeatureNotSupportedException("not supported: " + message, "0A000", e);
    }
    return new SQLException(message, "HY000", e);
  }

  /**
   * {@link #translate} for a plain statement's query, which the driver runs on a prepared plan: a
   * failure while preparing reads as Calcite's failure while executing does, naming the cause.
   */
  static SQLException translateExecution(Throwable thrown, String sql) {
    SQLException translated = translate(thrown);
    String message = String.valueOf(translated.getMessage());
    Throwable cause = thrown.getCause();
    if (!message.startsWith("Error while preparing statement") || cause == null) {
      return translated;
    }
    String text = "Error while executing SQL \"" + sql + "\": " + cause.getMessage();
    SQLException renamed = copy(translated, text);
    renamed.setNextException(translated.getNextException());
    return renamed;
  }

  private static SQLException copy(SQLException e, String message) {
    SQLException copy =
        e instanceof SQLSyntaxErrorException
            ? new SQLSyntaxErrorException(message, e.getSQLState(), e.getErrorCode(), e.getCause())
            : new SQLException(message, e.getSQLState(), e.getErrorCode(), e.getCause());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /**
   * The exception to give the caller for a failure while a statement ran. Calcite and Avatica wrap
   * what the adapter throws in SQLExceptions without a state; the cause chain says what happened.
   */
  static SQLException translate(Throwable thrown) {
    SQLException known = translateKnown(thrown);
    if (known.getSQLState() == null) {
      // Nothing more specific is known; a client still gets a state to branch on and the
      // deepest message, since Avatica's wrappers often carry none.
      return new SQLException(deepestMessage(thrown), "HY000", known);
    }
    return known;
  }

  /** {@link #translate} without its last resort: the state may still be null. */
  private static SQLException translateKnown(Throwable thrown) {
    SQLException original =
        thrown instanceof SQLException sql
            ? sql
            : new SQLException(String.valueOf(thrown.getMessage()), thrown);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      SQLException mapped = map(cause, original.getMessage());
      if (mapped != null) {
        return mapped;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (original.getSQLState() == null
        && original.getMessage() != null
        && original.getMessage().contains("Statement canceled")) {
      return new SQLException(original.getMessage(), "HY008", original);
    }
    return original;
  }

  private static String deepestMessage(Throwable thrown) {
    String message = null;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return message != null ? message : thrown.getClass().getSimpleName();
  }

  private static SQLException map(Throwable cause, String message) {
    if (cause instanceof RallyUpApiException api) {
      return ofApi(api, message);
    }
    if (cause instanceof UnsupportedQueryException) {
      // our message says all, and Calcite's "exception while executing query: " prefix nothing
      return new SQLSyntaxErrorException(cause.getMessage(), "42000", cause);
    }
    if (cause instanceof QueryCancelledException) {
      return new SQLException(message, "HY008", cause);
    }
    if (cause instanceof DialectException dialect) {
      String explained = dialect.getMessage();
      return switch (dialect.sqlState().substring(0, 2)) {
        case "0A" -> new SQLFeatureNotSupportedException(explained, dialect.sqlState(), cause);
        case "22" -> new SQLDataException(explained, dialect.sqlState(), cause);
        default -> new SQLSyntaxErrorException(explained, dialect.sqlState(), cause);
      };
    }
    if (cause instanceof ArithmeticException) {
      // division by zero, in a row or in a constant Calcite folded into generated code
      return new SQLDataException("division by zero (" + cause.getMessage() + ")", "22012", cause);
    }
    if (cause instanceof NumberFormatException) {
      return new SQLDataException(message, "22018", cause); // CAST('abc' AS INTEGER)
    }
    if (cause instanceof PatternSyntaxException regex) {
      return new SQLDataException(
          "invalid regular expression: " + regex.getMessage(), "2201B", cause);
    }
    if (cause instanceof DateTimeException
        || (cause instanceof SQLException sql
            && sql.getSQLState() == null
            && String.valueOf(sql.getMessage()).startsWith("Invalid format"))) {
      return new SQLDataException(deepestMessage(cause), "22007", cause); // TO_TIMESTAMP('x', ..)
    }
    if ((cause instanceof IllegalArgumentException && isFromCalciteRuntime(cause))
        || (cause instanceof CalciteException && !(cause instanceof CalciteContextException))) {
      // a run-time function refused its argument: LPAD('x', -1), 't'::boolean
      return new SQLDataException(deepestMessage(cause), "22023", cause);
    }
    if (cause instanceof SqlParseException) {
      return new SQLSyntaxErrorException(message, "42000", cause);
    }
    if (cause instanceof CalciteContextException) {
      String text = String.valueOf(cause.getMessage());
      String state =
          text.contains("Object '") ? "42S02" : text.contains("Column '") ? "42S22" : "42000";
      return new SQLSyntaxErrorException(message, state, cause);
    }
    return null;
  }

  /**
   * Whether a function of Calcite's run-time library threw {@code cause} on a bad argument (it may
   * be a helper of the function that threw, hence the few frames).
   */
  private static boolean isFromCalciteRuntime(Throwable cause) {
    StackTraceElement[] stack = cause.getStackTrace();
    for (int i = 0; i < Math.min(3, stack.length); i++) {
      if (stack[i].getClassName().startsWith("org.apache.calcite.runtime.")) {
        return true;
      }
    }
    return false;
  }

  private static SQLException ofApi(RallyUpApiException e, String message) {
    int status = e.httpStatus();
    return switch (e.kind()) {
      case AUTHENTICATION -> new SQLInvalidAuthorizationSpecException(message, "28000", status, e);
      case PERMISSION -> new SQLSyntaxErrorException(message, "42501", status, e);
      case NOT_FOUND -> new SQLSyntaxErrorException(message, "42S02", status, e);
      case RATE_LIMITED -> new SQLTransientException(message, "53000", status, e);
      case CLIENT_ERROR ->
          status == 400
              ? new SQLDataException(message, "22023", status, e)
              : new SQLNonTransientException(message, "HY000", status, e);
      case SERVER_ERROR, TRANSPORT ->
          new SQLTransientConnectionException(message, "08006", status, e);
      case TIMEOUT -> new SQLTimeoutException(message, "HYT00", status, e);
      case CANCELLED -> new SQLException(message, "HY008", status, e);
      case MALFORMED_RESPONSE -> new SQLNonTransientException(message, "XX000", status, e);
      case BAD_VALUE -> new SQLDataException(message, "22018", status, e);
      case TOO_MANY_REQUESTS -> new SQLNonTransientException(message, "54000", status, e);
      case CHANGED_DURING_SCAN -> new SQLTransactionRollbackException(message, "40001", status, e);
    };
  }
}
