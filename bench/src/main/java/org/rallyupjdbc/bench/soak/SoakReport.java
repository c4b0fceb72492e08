package org.rallyupjdbc.bench.soak;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The soak run's markdown: one table row per resource sample, then the totals and the verdict. */
final class SoakReport {
  static final String HEADER =
      "| elapsed | statements | per second | results | errors by SQLState | heap after GC |"
          + " threads | file handles | sockets |\n"
          + "|---|---|---|---|---|---|---|---|---|\n";

  private SoakReport() {}

  /** The table row of {@code sample}; rates and errors count since {@code previous}. */
  static String row(ResourceSample sample, ResourceSample previous) {
    Tally.Counts now = sample.counts();
    Tally.Counts before = previous.counts();
    double seconds = Math.max(1, sample.elapsedMillis() - previous.elapsedMillis()) / 1000.0;
    long statements = now.statements() - before.statements();
    return "| %s | %d | %.1f | %d | %s | %.0f MiB | %d | %d | %d |\n"
        .formatted(
            clock(sample.elapsedMillis()),
            statements,
            statements / seconds,
            now.results() - before.results(),
            states(now.errorsSince(before)),
            sample.heapAfterGcBytes() / 1048576.0,
            sample.threads(),
            sample.fileHandles(),
            sample.sockets());
  }

  /** The whole report. */
  static String render(SoakOutcome outcome, Map<String, String> machine, String date) {
    SoakOptions o = outcome.options();
    List<ResourceSample> samples = outcome.samples();
    StringBuilder md = new StringBuilder("# Soak run\n\n");
    md.append(
        ("%s, %s; %d connections for %s; sandbox fail rate %s, rate limit %s/s, token TTL %d s,"
                + " drift %s; seed %d.\n\n")
            .formatted(
                date,
                machine.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")),
                o.connections(),
                o.duration(),
                o.failRate(),
                o.rateLimit() == 0 ? "none" : o.rateLimit(),
                o.tokenTtlSeconds(),
                o.drift() ? "on" : "off",
                o.seed()));
    md.append(HEADER);
    for (int i = 1; i < samples.size(); i++) {
      md.append(row(samples.get(i), samples.get(i - 1)));
    }
    Tally.Counts total = samples.get(samples.size() - 1).counts();
    double seconds = samples.get(samples.size() - 1).elapsedMillis() / 1000.0;
    md.append("\n")
        .append(
            ("Totals: %d statements (%.1f per second), %d results equal to H2's (%d with the"
                    + " drift warning 01000), errors by SQLState: %s.\n")
                .formatted(
                    total.statements(),
                    total.statements() / Math.max(1, seconds),
                    total.results(),
                    total.warned(),
                    states(total.errorsByState())));
    md.append("\nResults/errors by kind of statement: ").append(outcome.byKind()).append(".\n");
    if (!GrowthDetector.enough(samples)) {
      md.append("\nToo few samples to judge growth: run longer or sample more often.\n");
    }
    md.append("\nVerdict: ").append(outcome.passed() ? "passed" : "FAILED").append(".\n");
    for (String problem : outcome.problems()) {
      md.append("- ").append(problem.replace("\n", "\n  ")).append('\n');
    }
    return md.toString();
  }

  static String states(Map<String, Long> byState) {
    if (byState.isEmpty()) {
      return "none";
    }
    return byState.entrySet().stream()
        .map(e -> e.getKey() + " × " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String clock(long millis) {
    long seconds = Math.round(millis / 1000.0);
    return "%d:%02d".formatted(seconds / 60, seconds % 60);
  }
}
