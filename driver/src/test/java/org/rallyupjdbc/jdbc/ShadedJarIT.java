package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.shaded.ChildJvm;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * {@code driver/target/rallyup-jdbc.jar} alone on a class path connects through DriverManager and
 * prints nothing on standard error (no SLF4J notice: Calcite's logging is bound inside the jar).
 */
class ShadedJarIT {
  private static final Path JAR = ChildJvm.JAR;

  /** The probe's first line: the name, and the version the build gave the jar (a release's too). */
  private static final String DRIVER =
      "driver=RallyUp JDBC Driver " + System.getProperty("rallyup.project.version");

  @Test
  void theJarAloneConnectsAndQueries() throws Exception {
    assertThat(JAR).exists();
    try (FakeRallyUp fake = new FakeRallyUp()) {
      fake.paged(
          "/v2/api/listdonations",
          FakeRallyUp.records(
              "[{\"TransactionId\":989,\"CampaignId\":1},{\"TransactionId\":990,\"CampaignId\":1}]"));
      ChildJvm.Running process =
          probe(fake, "select transaction_id from donations order by transaction_id");
      assertThat(output(process)).containsExactly(DRIVER, "row=989", "row=990");
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
      ChildJvm.Running casts =
          probe(
              fake,
              "select transaction_id::varchar || '!' from donations"
                  + " where transaction_id != 0 order by 1");
      assertThat(output(casts)).containsExactly(DRIVER, "row=989!", "row=990!");
      ChildJvm.Running median = probe(fake, "select median(transaction_id) from donations");
      assertThat(output(median)).containsExactly(DRIVER, "row=989.5");
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
      List<ChildJvm.Running> processes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        processes.add(probe(fake, "select transaction_id from donations order by transaction_id"));
      }
      for (ChildJvm.Running process : processes) {
        assertThat(output(process)).containsExactly(DRIVER, "row=1");
      }
    }
  }

  private static ChildJvm.Running probe(FakeRallyUp fake, String sql) throws IOException {
    return ChildJvm.start(
        List.of(JarProbe.class.getName()), JarProbe.class.getName(), fake.jdbcUrl(""), sql);
  }

  /** The probe's lines, once it has ended successfully with nothing on standard error. */
  private static List<String> output(ChildJvm.Running process) throws Exception {
    return process.await().cleanLines();
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
      assertThat(jar.getEntry("org/rallyupjdbc/shaded/org/apache/calcite/jdbc/Driver.class"))
          .isNotNull();
      assertThat(jar.getEntry("org/rallyupjdbc/shaded/org/codehaus/janino/Compiler.class"))
          .isNotNull();
    }
  }
}
