package org.rallyupjdbc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ChildTask;
import org.rallyupjdbc.bench.run.ContenderKind;
import org.rallyupjdbc.bench.run.RepeatProbe;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * {@code bin/bench}: for each latency, starts a sandbox in this JVM and runs every chosen scenario
 * through each contender in a child JVM; then the extras (cold start at each latency, the big scans
 * at the first latency, the micro-benchmarks once); then writes {@code latest.md} and {@code
 * latest.csv}.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Runs the harness; exit status 2 for bad options. */
  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    Path root = Path.of(System.getProperty("rallyup.bench.root", ".")).toAbsolutePath();
    BenchOptions options;
    try {
      options = BenchOptions.parse(root, args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    Instant started = Instant.now();
    double loadStart = MachineInfo.loadAverage();
    List<Measurement> measurements = new ArrayList<>();
    long campaignId = 0;
    for (int latency : options.latenciesMs()) {
      campaignId = runLatency(options, latency, measurements);
      if (latency == options.latenciesMs().get(0)) {
        if (options.runs("million-rows")) {
          measurements.addAll(HeapScans.millionRows(options, latency));
        }
        if (options.runs("heap-by-scale")) {
          measurements.addAll(HeapScans.byScale(options, latency));
        }
      }
    }
    List<MicroBenchmarks.MicroResult> micro =
        options.runs("micro") ? MicroBenchmarks.run(options.quick()) : List.of();
    Results results = new Results(measurements, micro);
    RunInfo info =
        new RunInfo(
            System.getProperty("rallyup.bench.commit", "unknown"),
            started.truncatedTo(ChronoUnit.SECONDS).toString(),
            (Instant.now().toEpochMilli() - started.toEpochMilli()) / 60_000.0,
            loadStart,
            MachineInfo.loadAverage(),
            campaignId,
            MachineInfo.machine(),
            MachineInfo.versions());
    Path directory = options.resultsDirectory();
    Files.createDirectories(directory);
    Files.writeString(
        directory.resolve("latest.md"), MarkdownReport.render(results, options, info));
    Files.writeString(directory.resolve("latest.csv"), CsvReport.render(results));
    System.err.println("bench: wrote " + directory.resolve("latest.md") + " and latest.csv");
  }

  /** Runs the scenarios and the cold start at one latency; returns the campaign used. */
  private static long runLatency(BenchOptions options, int latency, List<Measurement> into)
      throws Exception {
    SandboxOptions sandboxOptions =
        SandboxOptions.defaults().withScale(options.scale()).withLatencyMs(latency);
    try (Sandbox sandbox = Sandbox.start(sandboxOptions)) {
      long campaignId = CampaignChoice.busiestCampaign(sandbox.baseUrl());
      SandboxWarmup.run(sandbox.baseUrl(), options.pageSize());
      for (Server server : options.servers()) {
        if (server == Server.SANDBOX) {
          runScenarios(options, latency, server, sandbox.baseUrl().toString(), campaignId, into);
        } else {
          try (ReplayServer replay = ReplayServer.start(sandbox.baseUrl(), latency)) {
            runScenarios(options, latency, server, replay.baseUrl().toString(), campaignId, into);
          }
        }
      }
      if (options.runs("cold-start")) {
        Path driverJar = options.root().resolve("driver/target/rallyup-jdbc.jar");
        Path mainFolder = options.root().resolve("bench/results/tmp/cold-start-main");
        ChildResult cold = ColdStartProbe.measure(sandbox, driverJar, mainFolder, options.runs());
        into.add(
            new Measurement(
                latency, options.scale(), Results.COLD_START, ContenderKind.DRIVER, cold));
        System.err.printf(
            "[%d ms] cold start: median %.0f ms%n",
            latency, into.get(into.size() - 1).medianMillis());
      }
      for (String repeat :
          List.of(RepeatProbe.REPEATED_STATEMENT, RepeatProbe.PREPARED_RE_EXECUTION)) {
        if (options.runs(repeat)) {
          boolean prepared = repeat.equals(RepeatProbe.PREPARED_RE_EXECUTION);
          ChildResult result = RepeatProbe.measure(sandbox, campaignId, prepared, options.runs());
          Measurement m =
              new Measurement(latency, options.scale(), repeat, ContenderKind.DRIVER, result);
          into.add(m);
          System.err.printf("[%d ms] %s: median %.2f ms%n", latency, repeat, m.medianMillis());
        }
      }
      return campaignId;
    }
  }

  /** Runs every chosen scenario through each contender against one server. */
  private static void runScenarios(
      BenchOptions options,
      int latency,
      Server server,
      String baseUrl,
      long campaignId,
      List<Measurement> into)
      throws Exception {
    for (Scenario scenario : options.queryScenarios()) {
      for (ContenderKind contender : ContenderKind.values()) {
        Path profile = profileFile(options, scenario, contender, latency, server);
        ChildTask task =
            new ChildTask(
                contender,
                scenario,
                baseUrl,
                options.pageSize(),
                options.concurrency(),
                options.runs(),
                options.warmupSeconds(),
                campaignId,
                options.driverProperties(),
                profile == null ? null : profile.toString(),
                ProcessHandle.current().pid());
        ChildResult result = ChildJvm.run(task, List.of("-Xmx" + options.childHeap()));
        Measurement m =
            new Measurement(latency, options.scale(), scenario.id(), contender, result, server);
        into.add(m);
        System.err.printf(
            "[%d ms, %s] %-13s %-22s median %9.1f ms  %5d requests  %8d rows  server CPU %s%n",
            latency,
            server.id(),
            scenario.id(),
            contender.label(),
            m.medianMillis(),
            m.requests(),
            result.rows(),
            Double.isNaN(result.serverCpuShare())
                ? "-"
                : "%.0f%%".formatted(100 * result.serverCpuShare()));
        if (profile != null) {
          summarizeProfile(options, profile, scenario, latency, server);
        }
      }
    }
  }

  private static Path profileFile(
      BenchOptions options, Scenario scenario, ContenderKind contender, int latency, Server server)
      throws IOException {
    if (!scenario.id().equals(options.profile()) || contender != ContenderKind.DRIVER) {
      return null;
    }
    Path tmp = options.root().resolve("bench/results/tmp");
    Files.createDirectories(tmp);
    return tmp.resolve(profileName(scenario, latency, server) + ".jfr");
  }

  /** {@code profile-<scenario>-<latency>ms}, with {@code -replay} against the replay server. */
  private static String profileName(Scenario scenario, int latency, Server server) {
    return "profile-%s-%dms%s"
        .formatted(scenario.id(), latency, server == Server.SANDBOX ? "" : "-" + server.id());
  }

  private static void summarizeProfile(
      BenchOptions options, Path recording, Scenario scenario, int latency, Server server)
      throws IOException {
    String summary =
        "# Profile: rallyup-jdbc, %s, latency %d ms, %s, scale %d%n%n"
                .formatted(scenario.id(), latency, server.id(), options.scale())
            + JfrSummary.summarize(recording, 25);
    Path text = options.resultsDirectory().resolve(profileName(scenario, latency, server) + ".md");
    Files.createDirectories(text.getParent());
    Files.writeString(text, summary);
    System.err.println("bench: wrote " + text);
  }
}
