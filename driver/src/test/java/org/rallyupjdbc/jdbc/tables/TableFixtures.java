package org.rallyupjdbc.jdbc.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Recorded RallyUp response bodies under {@code src/test/resources/fixtures/<schema>/}, served
 * verbatim by {@link FakeRallyUp}, plus the connections the table tests use.
 */
final class TableFixtures {
  private TableFixtures() {}

  /** The text of a fixture, e.g. {@code rallyup/donations.json}. */
  static String text(String fixture) {
    String resource = "/fixtures/" + fixture;
    try (InputStream in = TableFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves the fixture verbatim with HTTP 200 at {@code path} (whatever the query string). */
  static void serve(FakeRallyUp fake, String path, String fixture) {
    fake.body(path, 200, text(fixture));
  }

  /** A connection with organization API credentials (schema {@code rallyup}). */
  static Connection organization(FakeRallyUp fake) throws SQLException {
    return DriverManager.getConnection(fake.jdbcUrl(""));
  }

  /** A connection with partner API credentials (schema {@code partner}). */
  static Connection partner(FakeRallyUp fake) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl="
            + fake.baseUrl()
            + ";partner=true;user="
            + FakeRallyUp.LOGIN
            + ";password="
            + FakeRallyUp.SECRET);
  }

  /** The names of the tables the connection reports in {@code schema}. */
  static List<String> tableNames(Connection connection, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", null)) {
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  /** One rendered row as {@code Sql} prints it: the cells joined with {@code "; "}. */
  static String row(String... cells) {
    return String.join("; ", cells);
  }
}
