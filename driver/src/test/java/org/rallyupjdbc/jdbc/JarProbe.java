package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A program that uses nothing but {@code java.sql}: run with the shaded jar alone on the class
 * path, it proves the jar registers its driver and carries everything it needs.
 */
public final class JarProbe {
  private JarProbe() {}

  /**
   * Connects to {@code args[0]}, runs {@code args[1]} and prints the driver's name and version and
   * the first column of each row.
   */
  public static void main(String[] args) throws SQLException {
    try (Connection connection = DriverManager.getConnection(args[0]);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(args[1])) {
      System.out.println(
          "driver="
              + connection.getMetaData().getDriverName()
              + " "
              + connection.getMetaData().getDriverVersion());
      while (rows.next()) {
        System.out.println("row=" + rows.getString(1));
      }
    }
  }
}
