package org.rallyupjdbc.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rallyupjdbc.bench.run.ContenderKind;

/**
 * {@code latest.md}: the run's circumstances, one table per latency (each scenario's four
 * contenders side by side with the driver's ratios), the extras, the micro-benchmarks, and the
 * targets.
 */
final class MarkdownReport {
  private static final List<ContenderKind> CONTENDERS = Arrays.asList(ContenderKind.values());

  private MarkdownReport() {}

  static String render(Results results, BenchOptions options, RunInfo info) {
    StringBuilder md = new StringBuilder("# Benchmark results\n\n");
    md.append(
        "`bin/bench` at commit `%s`, started %s, took %.1f min. Scale %d, page size %d, limit concurrency %d, %d runs after a %.1f s warm-up, driver properties `%s`. One-campaign and point-lookup campaign: %d.%n%n"
            .formatted(
                info.commit(),
                info.started(),
                info.minutes(),
                options.scale(),
                options.pageSize(),
                options.concurrency(),
                options.runs(),
                options.warmupSeconds(),
                options.driverProperties().isBlank() ? "(none)" : options.driverProperties(),
                info.campaignId()));
    md.append(keyValues("Machine", info.machine()))
        .append(
            "Load average (1 min): %.2f at the start, %.2f at the end.%n%n"
                .formatted(info.loadStart(), info.loadEnd()));
    md.append(keyValues("Versions", info.versions()));
    for (Server server : results.servers()) {
      for (int latency : results.latencies()) {
        md.append(scenarioTable(results, server, latency));
      }
    }
    md.append(extrasTable(results)).append(microTable(results)).append(targetsTable(results));
    return md.toString();
  }

  private static String keyValues(String title, Map<String, String> values) {
    return "| %s | |%n|---|---|%n".formatted(title)
        + values.entrySet().stream()
            .map(e -> "| " + e.getKey() + " | " + e.getValue() + " |")
            .collect(Collectors.joining("\n"))
        + "\n\n";
  }

  private static String scenarioTable(Results results, Server server, int latency) {
    if (Arrays.stream(Scenario.values())
        .allMatch(s -> results.find(server, latency, s.id(), ContenderKind.DRIVER).isEmpty())) {
      return "";
    }
    StringBuilder md =
        new StringBuilder(
            "## Latency %d ms, %s%n%n%s Wall time in ms, median (min-max). Ratios are medians: the pager's and sync's time over the driver's (above 1: the driver is faster), and the driver's over the limit's (1 is the floor). Client CPU: the contender JVM's CPU time per run (all threads, median), steadier than wall time on a shared machine; server CPU: the server's share of the CPU time both sides used during the runs.%n%n"
                .formatted(latency, server.id(), describe(server)));
    md.append(
        "| scenario | rows | rallyup-jdbc | pager | sync then query | limit | requests d/p/s/l | peak heap MiB d/p/s/l | client CPU ms d/p/s/l | server CPU %% d/p/s/l | pager ÷ driver | sync ÷ driver | driver ÷ limit |\n"
            .formatted());
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Scenario scenario : Scenario.values()) {
      Optional<Measurement> driver =
          results.find(server, latency, scenario.id(), ContenderKind.DRIVER);
      if (driver.isEmpty()) {
        continue;
      }
      List<Optional<Measurement>> all =
          CONTENDERS.stream().map(c -> results.find(server, latency, scenario.id(), c)).toList();
      md.append("| ")
          .append(scenario.id())
          .append(" | ")
          .append(rows(all))
          .append(" | ")
          .append(all.stream().map(MarkdownReport::time).collect(Collectors.joining(" | ")))
          .append(" | ")
          .append(joined(all, m -> Long.toString(m.requests())))
          .append(" | ")
          .append(joined(all, m -> "%.0f".formatted(m.peakHeapMiB())))
          .append(" | ")
          .append(joined(all, MarkdownReport::clientCpu))
          .append(" | ")
          .append(joined(all, MarkdownReport::serverShare))
          .append(" | ")
          .append(ratio(all.get(1), driver))
          .append(" | ")
          .append(ratio(all.get(2), driver))
          .append(" | ")
          .append(ratio(driver, all.get(3)))
          .append(" |\n");
    }
    return md.append('\n').toString();
  }

  private static String describe(Server server) {
    return server == Server.SANDBOX
        ? "The sandbox renders each page when asked, on the same cores as the contender."
        : "Pages recorded from the sandbox during the warm-up, then served from memory.";
  }

  private static String clientCpu(Measurement m) {
    List<Double> cpu = m.result().clientCpuMillis();
    return cpu.isEmpty() ? "-" : "%.0f".formatted(Measurement.median(cpu));
  }

  private static String serverShare(Measurement m) {
    double share = m.result().serverCpuShare();
    return Double.isNaN(share) ? "-" : "%.0f".formatted(100 * share);
  }

  /** The driver's rows, flagged when the pager or sync returned a different number. */
  private static String rows(List<Optional<Measurement>> all) {
    long driverRows = all.get(0).orElseThrow().result().rows();
    boolean agree =
        all.subList(1, 3).stream()
            .flatMap(Optional::stream)
            .allMatch(m -> m.result().rows() == driverRows);
    return driverRows + (agree ? "" : " (contenders differ!)");
  }

  private static String time(Optional<Measurement> m) {
    return m.map(
            x ->
                String.format(
                    Locale.ROOT,
                    "%.1f (%.1f-%.1f)",
                    x.medianMillis(),
                    x.minMillis(),
                    x.maxMillis()))
        .orElse("-");
  }

  private static String joined(List<Optional<Measurement>> all, Function<Measurement, String> f) {
    return all.stream().map(m -> m.map(f).orElse("-")).collect(Collectors.joining(" / "));
  }

  private static String ratio(Optional<Measurement> numerator, Optional<Measurement> denominator) {
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", numerator.get().ratioTo(denominator.get()));
  }

  private static String extrasTable(Results results) {
    List<Measurement> extras =
        results.measurements().stream().filter(m -> !Results.isScenario(m)).toList();
    if (extras.isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder(
            "## Cold start, repeats and big scans%n%nCold start: fresh JVM (shaded jar) to the first row of `SELECT * FROM campaigns LIMIT 1`. Scans: the driver's `SELECT * FROM donations` in a JVM with `-Xmx128m`. Live heap: the most heap a collection left in use during the run. Repeats: the point lookup run again on one connection, a new `Statement` each run (`repeated-statement`) or one `PreparedStatement` re-executed (`prepared-re-execution`), response cache off, first (planning) run not measured.%n%n"
                .formatted());
    md.append(
        "| measurement | server | latency ms | scale | wall ms, median (min-max) | runs | rows | requests | peak heap MiB | live heap MiB |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Measurement m : extras) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %s | %d | %d | %d | %s | %s |%n",
              m.scenario(),
              m.server().id(),
              m.latencyMs(),
              m.scale(),
              time(Optional.of(m)),
              m.result().millis().size(),
              m.result().rows(),
              m.requests(),
              m.peakHeapMiB() > 0 ? "%.0f".formatted(m.peakHeapMiB()) : "-",
              Double.isNaN(m.liveHeapMiB()) ? "-" : "%.0f".formatted(m.liveHeapMiB())));
    }
    return md.append('\n').toString();
  }

  private static String microTable(Results results) {
    if (results.micro().isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder(
            "## Micro-benchmarks (JMH, 1 fork)%n%n| benchmark | params | score | ± error (99.9%%) | unit |%n|---|---|---|---|---|%n"
                .formatted());
    for (MicroBenchmarks.MicroResult r : results.micro()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | %.3f | %s |%n",
              r.benchmark(),
              r.params(),
              r.score(),
              r.error(),
              r.unit()));
    }
    return md.append('\n').toString();
  }

  private static String targetsTable(Results results) {
    List<Targets.Check> checks = Targets.evaluate(results);
    if (checks.isEmpty()) {
      return "";
    }
    return "## Targets%n%n| target | measured | met |%n|---|---|---|%n".formatted()
        + checks.stream()
            .map(
                c ->
                    "| "
                        + c.target()
                        + " | "
                        + c.measured()
                        + " | "
                        + (c.met() ? "yes" : "**no**")
                        + " |")
            .collect(Collectors.joining("\n"))
        + "\n";
  }
}
