package org.rallyupjdbc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The cold-start program, run with nothing but the shaded driver jar beside it: connects, reads the
 * first row of {@code SELECT * FROM campaigns LIMIT 1}, and says so on standard output (the harness
 * times the line). Uses only {@code java.sql}, so no other class of this module is loaded.
 */
public final class ColdStartMain {
  /** The line printed once the first row has been read. */
  public static final String FIRST_ROW = "first-row";

  private ColdStartMain() {}

  /** {@code args}: the JDBC URL, the user and the password. */
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT * FROM campaigns LIMIT 1")) {
        if (!rows.next()) {
          throw new IllegalStateException("campaigns is empty");
        }
        rows.getObject(1);
        System.out.println(FIRST_ROW);
      }
    }
  }
}
