package org.rallyupjdbc.jdbc.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import org.rallyupjdbc.testing.Results;

/**
 * Runs queries in a JVM that has only the shaded jar and this probe: {@code args[0]} is the URL,
 * {@code args[1]} a file of statements separated by form feeds. Prints each result as {@link
 * Results} renders it: a {@code #columns} line, then one line per row in Base64 (rows may hold line
 * breaks).
 */
public final class CorpusProbe {
  /** Separates the statements of the probe's input file. */
  static final String SEPARATOR = "\f";

  private CorpusProbe() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws IOException, SQLException {
    String statements = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    try (Connection connection = DriverManager.getConnection(args[0])) {
      for (String sql : statements.split(SEPARATOR)) {
        Results.Result result = Results.read(connection, sql);
        System.out.println("#" + result.columnCount());
        for (String row : result.rows()) {
          System.out.println(
              Base64.getEncoder().encodeToString(row.getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
  }
}
