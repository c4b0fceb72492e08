package org.rallyupjdbc.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.http.Credentials;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;

/**
 * One soak run: a sandbox with the chosen faults, H2 loaded with its records, a HikariCP pool of
 * driver connections and one worker per connection; samples the process's resources at each
 * interval, printing a table row each time, and judges the run at the end.
 */
final class SoakRun {
  /** How long the workers may take to stop after the deadline before the run counts as hung. */
  private static final long STOP_GRACE_SECONDS = 120;

  private SoakRun() {}

  static SoakOutcome run(SoakOptions options, PrintStream progress) throws Exception {
    SandboxOptions sandboxOptions =
        SandboxOptions.defaults()
            .withSeed(options.seed())
            .withFailRate(options.failRate())
            .withRateLimit(options.rateLimit())
            .withTokenTtlSeconds(options.tokenTtlSeconds())
            .withDrift(options.drift());
    try (SandboxHost sandbox = SandboxHost.start(sandboxOptions);
        H2Oracle oracle = H2Oracle.load(OracleRecords.organization(dump(sandbox.baseUrl())))) {
      QueryMix mix = new QueryMix(Facts.read(oracle.connection()));
      try (HikariDataSource pool = pool(sandbox.baseUrl(), options.connections())) {
        return drive(options, sandbox, pool, mix, new Expected(oracle), progress);
      }
    }
  }

  private static SoakOutcome drive(
      SoakOptions options,
      SandboxHost sandbox,
      HikariDataSource pool,
      QueryMix mix,
      Expected expected,
      PrintStream progress)
      throws InterruptedException, IOException {
    Tally tally = new Tally();
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    ExecutorService workers = Executors.newFixedThreadPool(options.connections());
    long start = System.nanoTime();
    long deadline = start + options.duration().toNanos();
    List<ResourceSample> samples = new ArrayList<>();
    samples.add(ResourceSample.take(0, tally.counts()));
    progress.print(SoakReport.HEADER);
    for (int i = 0; i < options.connections(); i++) {
      workers.execute(
          new Worker(pool, mix, expected, tally, canceller, options.seed() * 1_000 + i, deadline));
    }
    workers.shutdown();
    long every = options.reportEvery().toNanos();
    long next = start + every;
    while (!workers.awaitTermination(
        Math.max(0, Math.min(next, deadline + 1) - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      if (System.nanoTime() >= next) {
        if (options.drift()) {
          sandbox.restart();
        }
        sample(samples, start, tally, progress);
        next += every;
      }
      if (System.nanoTime() > deadline + TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS)) {
        break;
      }
    }
    boolean hung = !workers.isTerminated();
    workers.shutdownNow();
    canceller.shutdownNow();
    sample(samples, start, tally, progress);
    return new SoakOutcome(options, samples, tally.byKind(), problems(samples, hung));
  }

  private static void sample(
      List<ResourceSample> samples, long start, Tally tally, PrintStream progress) {
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    ResourceSample sample = ResourceSample.take(elapsed, tally.counts());
    progress.print(SoakReport.row(sample, samples.get(samples.size() - 1)));
    samples.add(sample);
  }

  private static List<String> problems(List<ResourceSample> samples, boolean hung) {
    List<String> problems = new ArrayList<>();
    Tally.Counts total = samples.get(samples.size() - 1).counts();
    if (total.failures() > 0) {
      problems.add(
          total.failures()
              + " wrong results or unexpected errors; the first: "
              + String.join("\n", total.firstFailures()));
    }
    if (hung) {
      problems.add("workers still running " + STOP_GRACE_SECONDS + " s after the deadline");
    }
    if (total.results() == 0) {
      problems.add("no statement returned a result");
    }
    for (GrowthDetector detector : GrowthDetector.standard()) {
      String growth = detector.growth(samples);
      if (growth != null) {
        problems.add(growth);
      }
    }
    return problems;
  }

  /** A HikariCP pool of {@code connections} driver connections to the sandbox. */
  static HikariDataSource pool(URI baseUrl, int connections) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("soak");
    config.setJdbcUrl(
        "jdbc:rallyup:baseUrl=" + baseUrl + ";pageSize=1000;cacheTtlSeconds=0;maxRetries=12");
    config.setUsername(Credentials.ORG_LOGIN);
    config.setPassword(Credentials.ORG_SECRET);
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(connections);
    // connections are retired every two minutes, so the run also opens and closes many of them
    config.setMaxLifetime(TimeUnit.MINUTES.toMillis(2));
    config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(60));
    return new HikariDataSource(config);
  }

  /** Every record the sandbox holds ({@code /_sandbox/dump}). */
  static JsonNode dump(URI baseUrl) throws IOException {
    try (InputStream body = baseUrl.resolve("/_sandbox/dump").toURL().openStream()) {
      return new ObjectMapper().readTree(body);
    }
  }
}
