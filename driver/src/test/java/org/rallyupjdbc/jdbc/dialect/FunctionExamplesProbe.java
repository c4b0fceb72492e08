package org.rallyupjdbc.jdbc.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import org.rallyupjdbc.jdbc.dialect.SupportedFunctions.Entry;

/**
 * Runs every function example of docs/sql.md in a JVM that has only the shaded jar and this probe,
 * and prints, per function, a Base64 line of {@code name TAB result} (or the error's message).
 */
public final class FunctionExamplesProbe {
  private FunctionExamplesProbe() {}

  /** Entry point of the child JVM: {@code args[0]} is the URL. */
  public static void main(String[] args) throws SQLException {
    try (Connection connection = DriverManager.getConnection(args[0])) {
      for (Entry entry : SupportedFunctions.all()) {
        String result;
        try {
          result = ExampleRows.render(connection, entry.example());
        } catch (SQLException e) {
          result = "ERROR " + e.getSQLState() + " " + e.getMessage();
        }
        String line = entry.name() + "\t" + result;
        System.out.println(
            Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }
}
