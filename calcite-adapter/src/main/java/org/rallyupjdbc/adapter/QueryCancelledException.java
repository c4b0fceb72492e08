package org.rallyupjdbc.adapter;

/** The statement was cancelled while rows were being fetched; no partial result is returned. */
public final class QueryCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public QueryCancelledException(String message) {
    super(message);
  }
}
