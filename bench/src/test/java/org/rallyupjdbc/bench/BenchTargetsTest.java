package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rallyupjdbc.bench.Fixtures.measured;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ContenderKind;

class BenchTargetsTest {
  @Test
  void fullScanAtHundredMillisecondsIsJudgedAgainstTheLimit() {
    List<Targets.Check> checks =
        Targets.evaluate(
            results(
                measured(100, "full-scan", ContenderKind.DRIVER, 20, 1000),
                measured(100, "full-scan", ContenderKind.PAGER, 20, 4000),
                measured(100, "full-scan", ContenderKind.SYNC, 20, 4500),
                measured(100, "full-scan", ContenderKind.LIMIT, 20, 900)));

    assertThat(checks)
        .containsExactly(
            new Targets.Check("full scan @100 ms: driver / limit <= 1.15", "1.11x", true));
  }

  @Test
  void onTheReplayServerTheDriverIsJudgedAgainstTheLimitAndThePager() {
    List<Targets.Check> checks =
        Targets.evaluate(
            results(
                replayed("full-scan", ContenderKind.DRIVER, 20, 400),
                replayed("full-scan", ContenderKind.PAGER, 20, 300),
                replayed("full-scan", ContenderKind.SYNC, 20, 900),
                replayed("full-scan", ContenderKind.LIMIT, 20, 250),
                replayed("join-group", ContenderKind.DRIVER, 41, 300),
                replayed("join-group", ContenderKind.PAGER, 21, 300),
                replayed("join-group", ContenderKind.SYNC, 21, 900),
                replayed("join-group", ContenderKind.LIMIT, 21, 250)));

    assertThat(checks)
        .containsExactly(
            new Targets.Check(
                "full scan @0 ms, replay server: driver / limit <= 1.5", "1.60x", false),
            new Targets.Check(
                "full scan @0 ms, replay server: faster than the pager (pager / driver)",
                "0.75x",
                false),
            new Targets.Check(
                "join-group @0 ms, replay server: driver / limit <= 1.5", "1.20x", true),
            new Targets.Check(
                "join-group: as many requests as the limit, cache off", "41 vs 21", false));
  }

  private static Measurement replayed(
      String scenario, ContenderKind contender, long requests, double millis) {
    Measurement m = measured(0, scenario, contender, requests, millis);
    return new Measurement(0, 1, scenario, contender, m.result(), Server.REPLAY);
  }

  @Test
  void selectiveScenariosNeedFewerRequestsAndFiveTimesSync() {
    List<Targets.Check> checks =
        Targets.evaluate(
            results(
                measured(100, "count", ContenderKind.DRIVER, 1, 100),
                measured(100, "count", ContenderKind.PAGER, 20, 2000),
                measured(100, "count", ContenderKind.SYNC, 20, 450),
                measured(100, "count", ContenderKind.LIMIT, 1, 100)));

    assertThat(checks)
        .containsExactly(
            new Targets.Check("count @100 ms: fewer requests than the pager", "1 vs 20", true),
            new Targets.Check("count @100 ms: >= 5x faster than sync-then-query", "4.50x", false));
  }

  @Test
  void partnerFanOutAtHundredMillisecondsIsJudgedAgainstTheLimit() {
    List<Targets.Check> checks =
        Targets.evaluate(
            results(
                measured(100, "partner-fan-out", ContenderKind.DRIVER, 8, 420),
                measured(100, "partner-fan-out", ContenderKind.PAGER, 8, 800),
                measured(100, "partner-fan-out", ContenderKind.SYNC, 8, 850),
                measured(100, "partner-fan-out", ContenderKind.LIMIT, 8, 300)));

    assertThat(checks)
        .containsExactly(
            new Targets.Check("partner fan-out @100 ms: within 1.3x the limit", "1.40x", false));
  }

  @Test
  void heapIsFlatWhenTheLargerScaleNeedsAtMostAQuarterMore() {
    List<Targets.Check> checks =
        Targets.evaluate(results(heapScan(1, 20L << 20), heapScan(10, 24L << 20)));

    assertThat(checks)
        .containsExactly(
            new Targets.Check(
                "full-scan heap flat from scale 1 to 10 (live heap)",
                "20.0 -> 24.0 MiB (x1.20)",
                true));
  }

  @Test
  void theMillionRowsOnTheReplayServerAreJudgedByRowsPerSecond() {
    Measurement sandbox = millionRows(Server.SANDBOX, 40_000);
    Measurement replay = millionRows(Server.REPLAY, 8_000);
    assertThat(Targets.evaluate(results(sandbox, replay)))
        .containsExactly(
            new Targets.Check(
                "1,000,000 donations on the replay server, -Xmx128m: >= 150,000 rows/s",
                "125,000 rows/s, live heap 30.0 MiB",
                false));
    assertThat(Targets.evaluate(results(millionRows(Server.REPLAY, 5_000))).get(0).met()).isTrue();
  }

  private static Measurement millionRows(Server server, double millis) {
    return new Measurement(
        0,
        50,
        Results.MILLION_ROWS,
        ContenderKind.DRIVER,
        new ChildResult(List.of(millis), List.of(1000L), 1_000_000, 60L << 20, 30L << 20),
        server);
  }

  @Test
  void nothingMeasuredNothingJudged() {
    assertThat(Targets.evaluate(results())).isEmpty();
  }

  private static Measurement heapScan(int scale, long liveBytes) {
    return new Measurement(
        0,
        scale,
        Results.HEAP_BY_SCALE,
        ContenderKind.DRIVER,
        new ChildResult(List.of(1.0), List.of(1L), 1, liveBytes, liveBytes));
  }

  private static Results results(Measurement... measurements) {
    return new Results(new ArrayList<>(List.of(measurements)), List.of());
  }
}
