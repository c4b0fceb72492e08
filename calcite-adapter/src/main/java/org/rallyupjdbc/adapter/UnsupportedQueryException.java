package org.rallyupjdbc.adapter;

/**
 * The query cannot be answered by the API as written, for example a table whose endpoint needs a
 * parameter the query does not constrain. The message shows a query that works.
 */
public final class UnsupportedQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UnsupportedQueryException(String message) {
    super(message);
  }
}
