package org.rallyupjdbc.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shell reports as psql does: a failed statement is one line, {@code ERROR <SQLState>:
 * <message>}, with no stack trace (anywhere, standard error included) unless {@code --verbose};
 * {@code EXPLAIN PLAN FOR} prints one plan node per line, each scan's request and predicted
 * requests whole, in the default table format, as the golden {@code sqlline/plans.txt} shows. Other
 * results keep sqlline's formats. Regenerate the golden file after an intended change with {@code
 * -Drallyup.golden.write=true}.
 */
class PsqlLikeOutputTest {
  private static final Path PLANS = Path.of("src/test/resources/sqlline/plans.sql");
  private static final Path PLANS_GOLDEN = Path.of("src/test/resources/sqlline/plans.txt");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();

  /** Runs the shell, also catching what anything writes to the JVM's own standard error. */
  private int run(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--sandbox", "--showElapsedTime=false"));
    all.addAll(List.of(args));
    PrintStream previous = System.err;
    System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
    try {
      return RallyUpSql.run(
          all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
    } finally {
      System.setErr(previous);
    }
  }

  private Path script(String text) throws Exception {
    Path file = Files.createTempFile("shell", ".sql");
    file.toFile().deleteOnExit();
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aFailedStatementIsOneLineWithItsSqlState() throws Exception {
    Path file = script("SELECT nope FROM donations;\nSELECT * FROM no_such_table;\n");
    int status = run("--force=true", "-f", file.toString());
    assertThat(status).isEqualTo(2);
    List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(errors)
        .filteredOn(line -> line.startsWith("ERROR"))
        .containsExactly(
            "ERROR 42S22: From line 1, column 8 to line 1, column 11: Column 'nope' not found in"
                + " any table",
            "ERROR 42S02: From line 1, column 15 to line 1, column 27: Object 'no_such_table' not"
                + " found");
    String everything = err.toString(StandardCharsets.UTF_8) + jvmErr;
    assertThat(everything).doesNotContain("\tat ", "Exception", "Error while executing SQL");
  }

  @Test
  void verboseAddsTheStackTrace() throws Exception {
    int status = run("--verbose", "-e", "SELECT nope FROM donations");
    assertThat(status).isEqualTo(2);
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(errors)
        .contains("ERROR 42S22: From line 1, column 8")
        .contains("java.sql.SQLSyntaxErrorException")
        .contains("\tat org.rallyupjdbc.jdbc.");
  }

  @Test
  void explainPrintsOnePlanNodePerLine() throws Exception {
    int status = run("--silent=true", "-f", PLANS.toString());
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String output = out.toString(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("rallyup.golden.write")) {
      Files.writeString(PLANS_GOLDEN, output, StandardCharsets.UTF_8);
    }
    List<String> lines = output.lines().toList();
    assertThat(lines).containsExactlyElementsOf(Files.readAllLines(PLANS_GOLDEN));
    assertThat(lines)
        .as("a node per line, the scan's line whole with its predicted requests")
        .anyMatch(
            line ->
                line.matches(
                    " *RallyUpTableScan\\(table=\\[\\[rallyup, donations]], request=\\[GET"
                        + " /v2/api/listdonations\\?campaignId=2&pageSize=100], .*"
                        + "predictedRequests=\\[\\d+ \\(TotalCount \\d+\\)]\\)"))
        .as("the plain query after the plans is still a table")
        .anyMatch(line -> line.matches("\\| +campaigns +\\|"));
  }
}
