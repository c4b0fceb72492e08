package org.rallyupjdbc.jdbc;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import org.rallyupjdbc.adapter.InvalidPropertyException;
import org.rallyupjdbc.client.RallyUpApiException;

/** Turns driver failures into SQLExceptions with the SQLState a JDBC client expects. */
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
          SERVER_ERROR,
          NOT_FOUND,
          RATE_LIMITED,
          CLIENT_ERROR,
          MALFORMED_RESPONSE,
          BAD_VALUE ->
          new SQLNonTransientConnectionException(e.getMessage(), "08001", e.httpStatus(), e);
    };
  }
}
