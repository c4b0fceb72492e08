package org.rallyupjdbc.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.http.Credentials;
import sqlline.SqlLine;

/**
 * {@code rallyup-sql [--sandbox] [--check FILE] [sqlline arguments]}: sqlline with the RallyUp
 * driver. With {@code --sandbox} it first starts an embedded RallyUp sandbox and connects to it
 * with the sandbox's demo credentials; with {@code --check FILE} it runs the self-check instead of
 * sqlline ({@link ApiCheckCommand}); {@code --verbose} adds stack traces to failures, which
 * otherwise print one line each (ShellSqlLine); every other argument goes to sqlline unchanged.
 */
public final class RallyUpSql {
  private RallyUpSql() {}

  /** Runs the shell and exits with sqlline's status (0 on success). */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the shell on the given streams and returns the exit status. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err)
      throws IOException {
    List<String> sqllineArgs = new ArrayList<>(Arrays.asList(args));
    Path check = checkFile(sqllineArgs);
    if (!sqllineArgs.remove("--sandbox")) {
      return check != null
          ? check(check, sqllineArgs, out, err)
          : sqlline(sqllineArgs, in, out, err);
    }
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      List<String> connect =
          List.of(
              "-u",
              "jdbc:rallyup:baseUrl=" + sandbox.baseUrl(),
              "-n",
              Credentials.ORG_LOGIN,
              "-p",
              Credentials.ORG_SECRET);
      List<String> all = new ArrayList<>(connect);
      all.addAll(sqllineArgs);
      return check != null ? check(check, all, out, err) : sqlline(all, in, out, err);
    }
  }

  /** Removes {@code --check FILE} from the arguments and returns the file, or null. */
  private static Path checkFile(List<String> args) {
    int at = args.indexOf("--check");
    if (at < 0 || at + 1 >= args.size()) {
      return null;
    }
    args.remove(at);
    return Path.of(args.remove(at));
  }

  private static int check(Path file, List<String> args, OutputStream out, OutputStream err) {
    PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
    return ApiCheckCommand.run(file, args, printOut, printErr);
  }

  private static int sqlline(List<String> args, InputStream in, OutputStream out, OutputStream err)
      throws IOException {
    if (args.stream().noneMatch(a -> a.startsWith("--isolation"))) {
      // The driver is read-only without transactions; sqlline would otherwise ask for
      // REPEATABLE_READ and print a notice on every start.
      args.add(0, "--isolation=TRANSACTION_NONE");
    }
    if (args.remove("--verbose")) {
      args.add(0, "--verbose=true");
    }
    args.addAll(0, List.of("-ac", ShellApplication.class.getName()));
    SqlLine sqlLine = new ShellSqlLine(new PrintStream(err, true, StandardCharsets.UTF_8));
    sqlLine.setOutputStream(out);
    sqlLine.setErrorStream(err);
    SqlLine.Status status = sqlLine.begin(args.toArray(String[]::new), in, false);
    return status == SqlLine.Status.OK ? 0 : 2;
  }
}
