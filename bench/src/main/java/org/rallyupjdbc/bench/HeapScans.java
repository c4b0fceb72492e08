package org.rallyupjdbc.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ChildTask;
import org.rallyupjdbc.bench.run.ContenderKind;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * The driver's {@code SELECT * FROM donations} in a child JVM with {@code -Xmx128m}: over at least
 * 1,000,000 rows (scale 50 holds 20,000 x 50 donations), and at two scales to show whether the heap
 * a scan needs grows with the table.
 */
final class HeapScans {
  static final String HEAP = "-Xmx128m";

  /** Scale 50: exactly 1,000,000 donations. */
  static final int MILLION_SCALE = 50;

  private HeapScans() {}

  /**
   * The million-row scan against each chosen server. The replay server records the pages during one
   * warm-up run (through the sandbox), so the measured run is served from memory.
   */
  static List<Measurement> millionRows(BenchOptions options, int latencyMs)
      throws IOException, InterruptedException {
    int scale = options.quick() ? 2 : MILLION_SCALE;
    List<Measurement> scans = new ArrayList<>();
    for (Server server : options.servers()) {
      scans.add(scan(options, latencyMs, scale, 1, Results.MILLION_ROWS, server));
    }
    return scans;
  }

  static List<Measurement> byScale(BenchOptions options, int latencyMs)
      throws IOException, InterruptedException {
    List<Measurement> scans = new ArrayList<>();
    for (int scale : options.quick() ? List.of(1, 2) : List.of(1, 10)) {
      int runs = options.quick() ? 1 : 3;
      scans.add(scan(options, latencyMs, scale, runs, Results.HEAP_BY_SCALE, Server.SANDBOX));
    }
    return scans;
  }

  private static Measurement scan(
      BenchOptions options, int latencyMs, int scale, int runs, String name, Server server)
      throws IOException, InterruptedException {
    System.err.printf("[%d ms] %s: scale %d, %s, %s%n", latencyMs, name, scale, HEAP, server.id());
    try (Sandbox sandbox =
        Sandbox.start(SandboxOptions.defaults().withScale(scale).withLatencyMs(latencyMs))) {
      SandboxWarmup.run(sandbox.baseUrl(), options.pageSize());
      if (server == Server.SANDBOX) {
        return run(options, latencyMs, scale, runs, name, server, sandbox.baseUrl(), 0);
      }
      try (ReplayServer replay = ReplayServer.start(sandbox.baseUrl(), latencyMs)) {
        return run(options, latencyMs, scale, runs, name, server, replay.baseUrl(), RECORD_ONCE);
      }
    }
  }

  /** A warm-up long enough for exactly one run: the one that records the replayed pages. */
  private static final double RECORD_ONCE = 0.001;

  private static Measurement run(
      BenchOptions options,
      int latencyMs,
      int scale,
      int runs,
      String name,
      Server server,
      URI baseUrl,
      double warmupSeconds)
      throws IOException, InterruptedException {
    ChildTask task =
        new ChildTask(
            ContenderKind.DRIVER,
            Scenario.FULL_SCAN,
            baseUrl.toString(),
            options.pageSize(),
            options.concurrency(),
            runs,
            warmupSeconds,
            0,
            options.driverProperties(),
            null,
            ProcessHandle.current().pid());
    ChildResult result = ChildJvm.run(task, List.of(HEAP));
    return new Measurement(latencyMs, scale, name, ContenderKind.DRIVER, result, server);
  }
}
