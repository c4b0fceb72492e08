package org.rallyupjdbc.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/reliability.md's "Soak run" section agrees with the soak: its commands parse, its thresholds
 * and SQLStates are the code's, and its figures are the committed report's.
 */
class SoakDocsTest {
  private static final Pattern COMMAND = Pattern.compile("(?m)^bin/soak( .*)?$");

  private static String section() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "reliability.md"));
    return doc.substring(doc.indexOf("\n## Soak run\n"));
  }

  @Test
  void everyCommandParses() throws Exception {
    Matcher command = COMMAND.matcher(section());
    int commands = 0;
    while (command.find()) {
      String args = command.group(1) == null ? "" : command.group(1).trim();
      if (!args.equals("--help")) {
        SoakOptions.parse(args.isEmpty() ? new String[0] : args.split(" +"));
      }
      commands++;
    }
    assertThat(commands).isPositive();
  }

  @Test
  void theThresholdsAndSqlStatesAreTheCodes() throws Exception {
    String section = section().replaceAll("\\s+", " ");
    List<GrowthDetector> d = GrowthDetector.standard();
    assertThat(section)
        .contains(
            "%d %% of their median plus %d MiB for the heap"
                .formatted(Math.round(d.get(0).tolerance() * 100), d.get(0).slack() >> 20))
        .contains(
            "%d %% plus %d threads, %d file handles or %d sockets"
                .formatted(
                    Math.round(d.get(1).tolerance() * 100),
                    d.get(1).slack(),
                    d.get(2).slack(),
                    d.get(3).slack()))
        .contains("at least %d samples after the warm-up".formatted(GrowthDetector.MIN_SAMPLES));
    for (String state : Tally.DOCUMENTED) {
      assertThat(section).contains("`" + state + "`");
    }
  }

  @Test
  void theFiguresAreTheCommittedReport() throws Exception {
    String report = Files.readString(Path.of("results", "soak.md"));
    String section = section();
    for (String line : report.lines().toList()) {
      if (line.startsWith("|")
          || line.startsWith("Totals: ")
          || line.startsWith("Results/errors by kind")
          || line.startsWith("Verdict: ")) {
        assertThat(section).as("reliability.md holds the report's line").contains(line);
      }
    }
  }
}
