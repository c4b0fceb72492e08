package org.rallyupjdbc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rallyupjdbc.bench.run.ContenderKind;

/** The targets (issues 7 and 15), checked against what was measured (skipped when not measured). */
final class Targets {
  /** One target and whether the run met it. */
  record Check(String target, String measured, boolean met) {}

  /** Heap counts as flat when scale 10's is at most this many times scale 1's. */
  static final double FLAT_HEAP = 1.25;

  private static final List<String> SELECTIVE =
      List.of("month-slice", "one-campaign", "limit-20", "count");

  private Targets() {}

  static List<Check> evaluate(Results results) {
    List<Check> checks = new ArrayList<>();
    scenarioAt(results, Server.SANDBOX, 100, "full-scan")
        .ifPresent(
            p -> {
              double toLimit = p.driver.ratioTo(p.limit);
              checks.add(
                  check("full scan @100 ms: driver / limit <= 1.15", toLimit, toLimit <= 1.15));
            });
    scenarioAt(results, Server.REPLAY, 0, "full-scan")
        .ifPresent(
            p -> {
              double toLimit = p.driver.ratioTo(p.limit);
              checks.add(
                  check(
                      "full scan @0 ms, replay server: driver / limit <= 1.5",
                      toLimit,
                      toLimit <= 1.5));
              double speedup = p.pager.ratioTo(p.driver);
              checks.add(
                  check(
                      "full scan @0 ms, replay server: faster than the pager (pager / driver)",
                      speedup,
                      speedup > 1));
            });
    scenarioAt(results, Server.REPLAY, 0, "join-group")
        .ifPresent(
            p -> {
              double toLimit = p.driver.ratioTo(p.limit);
              checks.add(
                  check(
                      "join-group @0 ms, replay server: driver / limit <= 1.5",
                      toLimit,
                      toLimit <= 1.5));
              checks.add(
                  new Check(
                      "join-group: as many requests as the limit, cache off",
                      p.driver.requests() + " vs " + p.limit.requests(),
                      p.driver.requests() <= p.limit.requests()));
            });
    for (String scenario : SELECTIVE) {
      scenarioAt(results, Server.SANDBOX, 100, scenario)
          .ifPresent(
              p -> {
                checks.add(
                    new Check(
                        scenario + " @100 ms: fewer requests than the pager",
                        p.driver.requests() + " vs " + p.pager.requests(),
                        p.driver.requests() < p.pager.requests()));
                double speedup = p.sync.ratioTo(p.driver);
                checks.add(
                    check(
                        scenario + " @100 ms: >= 5x faster than sync-then-query",
                        speedup,
                        speedup >= 5));
              });
    }
    results
        .find(0, Results.COLD_START, ContenderKind.DRIVER)
        .ifPresent(
            m ->
                checks.add(
                    new Check(
                        "cold start to first row (@0 ms, plain jar) <= 2.0 s",
                        "%.0f ms".formatted(m.medianMillis()),
                        m.medianMillis() <= 2000)));
    scenarioAt(results, Server.SANDBOX, 0, Scenario.POINT_LOOKUP.id())
        .ifPresent(
            p -> {
              double overhead = p.driver.medianMillis() - p.limit.medianMillis();
              checks.add(
                  new Check(
                      "repeated statement shape (point lookup @0 ms): < 5 ms over its request",
                      "%.1f ms".formatted(overhead),
                      overhead < 5));
            });
    scenarioAt(results, Server.SANDBOX, 100, Scenario.PARTNER_FAN_OUT.id())
        .ifPresent(
            p -> {
              double toLimit = p.driver.ratioTo(p.limit);
              checks.add(
                  check("partner fan-out @100 ms: within 1.3x the limit", toLimit, toLimit <= 1.3));
            });
    heapByScale(results).ifPresent(checks::add);
    millionRows(results).ifPresent(checks::add);
    return checks;
  }

  /** Rows per second the million-row scan must reach on the replay server. */
  static final double MILLION_ROWS_PER_SECOND = 150_000;

  private static Optional<Check> millionRows(Results results) {
    return results.measurements().stream()
        .filter(m -> m.scenario().equals(Results.MILLION_ROWS) && m.server() == Server.REPLAY)
        .findFirst()
        .map(
            m -> {
              double perSecond = m.result().rows() / (m.medianMillis() / 1000);
              return new Check(
                  "%,d donations on the replay server, %s: >= %,.0f rows/s"
                      .formatted(m.result().rows(), HeapScans.HEAP, MILLION_ROWS_PER_SECOND),
                  "%,.0f rows/s, live heap %.1f MiB".formatted(perSecond, m.liveHeapMiB()),
                  perSecond >= MILLION_ROWS_PER_SECOND);
            });
  }

  private static Optional<Check> heapByScale(Results results) {
    List<Measurement> scans =
        results.measurements().stream()
            .filter(m -> m.scenario().equals(Results.HEAP_BY_SCALE))
            .toList();
    if (scans.size() < 2) {
      return Optional.empty();
    }
    Measurement small = scans.get(0);
    Measurement large = scans.get(scans.size() - 1);
    double growth = large.liveHeapMiB() / small.liveHeapMiB();
    return Optional.of(
        new Check(
            "full-scan heap flat from scale %d to %d (live heap)"
                .formatted(small.scale(), large.scale()),
            "%.1f -> %.1f MiB (x%.2f)".formatted(small.liveHeapMiB(), large.liveHeapMiB(), growth),
            growth <= FLAT_HEAP));
  }

  private static Check check(String target, double ratio, boolean met) {
    return new Check(target, "%.2fx".formatted(ratio), met);
  }

  /** A scenario's four measurements at one latency. */
  private record Contenders(
      Measurement driver, Measurement pager, Measurement sync, Measurement limit) {}

  private static Optional<Contenders> scenarioAt(
      Results results, Server server, int latencyMs, String scenario) {
    Optional<Measurement> driver = results.find(server, latencyMs, scenario, ContenderKind.DRIVER);
    Optional<Measurement> pager = results.find(server, latencyMs, scenario, ContenderKind.PAGER);
    Optional<Measurement> sync = results.find(server, latencyMs, scenario, ContenderKind.SYNC);
    Optional<Measurement> limit = results.find(server, latencyMs, scenario, ContenderKind.LIMIT);
    if (driver.isEmpty() || pager.isEmpty() || sync.isEmpty() || limit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Contenders(driver.get(), pager.get(), sync.get(), limit.get()));
  }
}
