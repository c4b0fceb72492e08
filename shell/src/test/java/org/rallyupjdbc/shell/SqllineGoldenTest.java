package org.rallyupjdbc.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * sqlline with the driver against the default sandbox, as {@code docs/sqlline.md} shows it: a
 * script of {@code !tables}, {@code !columns}, {@code !primarykeys}, {@code !importedkeys}, {@code
 * !exportedkeys} and queries prints exactly the golden output in {@code
 * src/test/resources/sqlline/}, and {@code !dbinfo} runs every DatabaseMetaData getter without an
 * error. Regenerate the golden file after an intended change with {@code
 * -Drallyup.golden.write=true}.
 */
class SqllineGoldenTest {
  private static final Path SCRIPT = Path.of("src/test/resources/sqlline/navigator.sql");
  private static final Path GOLDEN = Path.of("src/test/resources/sqlline/navigator.csv");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws IOException {
    return RallyUpSql.run(args, new ByteArrayInputStream(new byte[0]), out, err);
  }

  @Test
  void theNavigatorScriptPrintsTheGoldenOutput() throws IOException {
    int status =
        run(
            "--sandbox",
            "--outputformat=csv",
            "--silent=true",
            "--showElapsedTime=false",
            "-f",
            SCRIPT.toString());
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(status).as(errors).isZero();
    assertThat(errors).isEmpty();
    String output = out.toString(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("rallyup.golden.write")) {
      Files.writeString(GOLDEN, output, StandardCharsets.UTF_8);
    }
    assertThat(output.lines()).containsExactlyElementsOf(Files.readAllLines(GOLDEN));
  }

  @Test
  void dbinfoCallsEveryGetterWithoutAnError() throws IOException {
    Path script = Files.createTempFile("dbinfo", ".sql");
    try {
      Files.writeString(script, "!dbinfo\n!indexes donations\n!procedures\n!typeinfo\n");
      int status = run("--sandbox", "--silent=true", "-f", script.toString());
      String errors = err.toString(StandardCharsets.UTF_8);
      assertThat(status).as(errors).isZero();
      assertThat(errors).isEmpty();
      assertThat(out.toString(StandardCharsets.UTF_8).lines())
          .anyMatch(line -> line.matches("getDriverName\\s+RallyUp JDBC Driver"))
          .anyMatch(line -> line.matches("getIdentifierQuoteString\\s+\""))
          .anyMatch(line -> line.matches("isReadOnly\\s+true"))
          .anyMatch(line -> line.matches("supportsTransactions\\s+false"));
    } finally {
      Files.delete(script);
    }
  }
}
