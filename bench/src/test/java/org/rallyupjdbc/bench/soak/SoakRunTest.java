package org.rallyupjdbc.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The soak's short slice: every part of the run together, for a few seconds. */
class SoakRunTest {
  @Test
  void aShortRunWithFaultsExpiryAndDriftPassesAndReportsEverySample() throws Exception {
    SoakOptions options =
        SoakOptions.parse(
            "--duration",
            "12s",
            "--connections",
            "2",
            "--fail-rate",
            "0.1",
            "--token-ttl",
            "3",
            "--report-every",
            "1500ms",
            "--seed",
            "3");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    SoakOutcome outcome =
        SoakRun.run(options, new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertThat(outcome.problems()).as("problems").isEmpty();
    assertThat(outcome.samples()).hasSizeGreaterThanOrEqualTo(8);
    Tally.Counts total = outcome.samples().get(outcome.samples().size() - 1).counts();
    assertThat(total.results()).isPositive();
    assertThat(GrowthDetector.enough(outcome.samples())).isTrue();
    String printed = progress.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith(SoakReport.HEADER);
    assertThat(printed.lines().count()).isEqualTo(2 + outcome.samples().size() - 1);
    String report = SoakReport.render(outcome, Map.of("cores", "2"), "2026-01-01T00:00:00Z");
    assertThat(report)
        .contains("2 connections for PT12S", "fail rate 0.1", "token TTL 3 s", "drift on")
        .contains("Totals: " + total.statements() + " statements")
        .contains("Results/errors by kind of statement: SCAN ")
        .endsWith("Verdict: passed.\n");
    for (ResourceSample sample : outcome.samples()) {
      assertThat(sample.sockets()).as("sockets are counted on Linux").isPositive();
      assertThat(sample.fileHandles()).isGreaterThan(sample.sockets());
      assertThat(sample.threads()).isPositive();
    }
  }
}
