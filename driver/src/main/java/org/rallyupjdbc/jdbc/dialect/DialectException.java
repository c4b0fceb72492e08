package org.rallyupjdbc.jdbc.dialect;

/**
 * A statement the dialect rejects, or a value one of its functions cannot take, with the SQLState
 * the driver reports and a message that names the construct and, where there is one, the supported
 * way to write it.
 */
public final class DialectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  DialectException(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  DialectException(String sqlState, String message, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** The SQLState: 42000 (syntax), 0A000 (not supported) or 22xxx (bad value). */
  public String sqlState() {
    return sqlState;
  }
}
