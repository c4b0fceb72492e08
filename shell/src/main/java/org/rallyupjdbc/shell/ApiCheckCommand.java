package org.rallyupjdbc.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * {@code rallyup-sql --check FILE -u URL -n LOGIN -p SECRET}: runs the driver's self-check ({@code
 * rallyup_meta.api_check_catalog}), prints its report and writes the catalog override to {@code
 * FILE}, for the {@code catalog} connection property (docs/real-api.md).
 */
final class ApiCheckCommand {
  private ApiCheckCommand() {}

  /** Runs the check over the connection the sqlline-style arguments name; returns the status. */
  static int run(Path file, List<String> args, PrintStream out, PrintStream err) {
    String url = option(args, "-u");
    if (url == null) {
      err.println("rallyup-sql --check FILE needs -u URL (and -n LOGIN -p SECRET), or --sandbox");
      return 2;
    }
    Properties login = new Properties();
    putIfPresent(login, "user", option(args, "-n"));
    putIfPresent(login, "password", option(args, "-p"));
    try (Connection connection = DriverManager.getConnection(url, login);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT report, catalog_json FROM rallyup_meta.api_check_catalog")) {
      result.next();
      out.print(result.getString(1));
      Files.writeString(file, result.getString(2), StandardCharsets.UTF_8);
      out.println("catalog override written to " + file + "; connect with catalog=" + file);
      return 0;
    } catch (SQLException | IOException e) {
      err.println("rallyup-sql --check: " + e.getMessage());
      return 1;
    }
  }

  private static String option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
  }

  private static void putIfPresent(Properties properties, String key, String value) {
    if (value != null) {
      properties.setProperty(key, value);
    }
  }
}
