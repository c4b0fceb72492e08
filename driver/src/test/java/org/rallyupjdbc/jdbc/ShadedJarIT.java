package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/** {@code driver/target/rallyup-jdbc.jar} alone on a class path connects through DriverManager. */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "rallyup-jdbc.jar");

  @Test
  void theJarAloneConnectsAndQueries() throws Exception {
    assertThat(JAR).exists();
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations",
          FakeRallyUp.records(
              "[{\"TransactionId\":989,\"CampaignId\":1},{\"TransactionId\":990,\"CampaignId\":1}]"));
      Process process = probe(fake, "select transaction_id from donations order by transaction_id");
      assertThat(output(process))
          .containsExactly("driver=RallyUp JDBC Driver", "row=989", "row=990");
    }
  }

  /**
   * The dialect survives shading: the Babel parser ({@code ::}), LENIENT conformance ({@code !=},
   * ordinals) and an aggregate the driver adds, whose call Calcite compiles at run time.
   */
  @Test
  void theJarSpeaksTheDialect() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations",
          FakeRallyUp.records(
              "[{\"TransactionId\":989,\"CampaignId\":1},{\"TransactionId\":990,\"CampaignId\":1}]"));
      Process casts =
          probe(
              fake,
              "select transaction_id::varchar || '!' from donations"
                  + " where transaction_id != 0 order by 1");
      assertThat(output(casts))
          .containsExactly("driver=RallyUp JDBC Driver", "row=989!", "row=990!");
      Process median = probe(fake, "select median(transaction_id) from donations");
      assertThat(output(median)).containsExactly("driver=RallyUp JDBC Driver", "row=989.5");
    }
  }

  /**
   * Registration cannot fail now and then: fresh JVMs started together, each connecting once
   * through DriverManager with only the jar, all find the driver.
   */
  @Test
  void freshJvmsConnectingAtOnceAllFindTheDriver() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":1,\"CampaignId\":2}]"));
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        processes.add(probe(fake, "select transaction_id from donations order by transaction_id"));
      }
      for (Process process : processes) {
        assertThat(output(process)).containsExactly("driver=RallyUp JDBC Driver", "row=1");
      }
    }
  }

  private static Process probe(FakeRallyUp fake, String sql) throws IOException {
    Path probe = Path.of("target", "jar-probe");
    Files.createDirectories(probe.resolve("org/rallyupjdbc/jdbc"));
    Files.copy(
        Path.of("target", "test-classes", "org/rallyupjdbc/jdbc/JarProbe.class"),
        probe.resolve("org/rallyupjdbc/jdbc/JarProbe.class"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            JAR + File.pathSeparator + probe,
            "org.rallyupjdbc.jdbc.JarProbe",
            fake.jdbcUrl(""),
            sql)
        .redirectErrorStream(true)
        .start();
  }

  /** The probe's lines, once it has ended successfully. */
  private static List<String> output(Process process) throws Exception {
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().filter(l -> !l.startsWith("SLF4J")).toList();
  }

  @Test
  void theJarRegistersOnlyOurDriverAndRelocatesConflictingLibraries() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String services =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(
              services
                  .lines()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                  .toList())
          .isEqualTo(List.of("org.rallyupjdbc.jdbc.RallyUpDriver"));
      assertThat(jar.getEntry("com/google/common/collect/ImmutableList.class")).isNull();
      assertThat(jar.getEntry("com/fasterxml/jackson/core/JsonParser.class")).isNull();
      assertThat(jar.getEntry("org/apache/calcite/jdbc/Driver.class")).isNotNull();
      assertThat(jar.getEntry("org/codehaus/janino/Compiler.class")).isNotNull();
    }
  }
}
