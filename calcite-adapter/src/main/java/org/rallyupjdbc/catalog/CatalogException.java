package org.rallyupjdbc.catalog;

/** The catalog file is unreadable or invalid; the message names the file and the bad entry. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception without a cause. */
  public CatalogException(String message) {
    super(message);
  }
}
