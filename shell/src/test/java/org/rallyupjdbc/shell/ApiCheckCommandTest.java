package org.rallyupjdbc.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rallyup-sql --sandbox --check FILE} prints the self-check's report and writes FILE. */
class ApiCheckCommandTest {
  @TempDir Path dir;

  @Test
  void theCheckOfTheSandboxReportsNoDifferenceAndWritesAnEmptyOverride() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path file = dir.resolve("override.json");
    int status =
        RallyUpSql.run(
            new String[] {"--sandbox", "--check", file.toString()},
            new ByteArrayInputStream(new byte[0]),
            out,
            err);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(report)
        .contains("rallyup.donations", "largest page size", "0 differences")
        .contains("catalog override written to " + file);
    assertThat(Files.readString(file)).contains("\"schemas\" : [ ]");
  }

  @Test
  void withoutAConnectionTheCheckSaysWhatItNeeds() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RallyUpSql.run(
            new String[] {"--check", dir.resolve("x.json").toString()},
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            err);
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs -u URL");
  }
}
