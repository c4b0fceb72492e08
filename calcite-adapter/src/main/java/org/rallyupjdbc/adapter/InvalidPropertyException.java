package org.rallyupjdbc.adapter;

/** A connection property is unknown, missing or has a bad value; the message says which and why. */
public final class InvalidPropertyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InvalidPropertyException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception without a cause. */
  public InvalidPropertyException(String message) {
    super(message);
  }
}
