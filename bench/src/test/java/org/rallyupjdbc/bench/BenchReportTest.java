package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rallyupjdbc.bench.Fixtures.measured;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ContenderKind;

class BenchReportTest {
  private static final Results RESULTS =
      new Results(
          List.of(
              new Measurement(
                  0,
                  1,
                  "full-scan",
                  ContenderKind.DRIVER,
                  new ChildResult(
                      List.of(200.0, 220.0, 180.0),
                      List.of(20L, 20L, 20L),
                      20_000,
                      64L << 20,
                      16L << 20,
                      List.of(100.0, 100.0, 100.0),
                      List.of(30.0, 40.0, 30.0))),
              measured(0, "full-scan", ContenderKind.PAGER, 20, 500, 520, 480),
              measured(0, "full-scan", ContenderKind.SYNC, 21, 1000, 1100, 900),
              measured(0, "full-scan", ContenderKind.LIMIT, 20, 100, 110, 90),
              new Measurement(
                  0,
                  1,
                  Results.COLD_START,
                  ContenderKind.DRIVER,
                  new ChildResult(List.of(1200.0), List.of(2L), 1, 0, -1))),
          List.of());

  @Test
  void csvHasOneLinePerMeasurementWithRatiosToTheDriverAndTheLimit() {
    List<String> lines = CsvReport.render(RESULTS).lines().toList();

    assertThat(lines.get(0)).isEqualTo(CsvReport.HEADER);
    assertThat(lines)
        .contains(
            "sandbox,0,1,full-scan,driver,3,200.0,180.0,220.0,20,20000,64.0,16.0,100.0,0.250,1.000,2.000",
            "sandbox,0,1,full-scan,pager,3,500.0,480.0,520.0,20,20000,64.0,16.0,,,2.500,5.000",
            "sandbox,0,1,full-scan,sync,3,1000.0,900.0,1100.0,21,20000,64.0,16.0,,,5.000,10.000",
            "sandbox,0,1,cold-start,driver,1,1200.0,1200.0,1200.0,2,1,0.0,,,,,");
    assertThat(lines).hasSize(6);
  }

  @Test
  void markdownShowsEachScenarioWithItsContendersSideBySide() {
    RunInfo info =
        new RunInfo(
            "abc1234", "2026-11-29T12:00:00Z", 12.5, 1.5, 2.5, 42, Map.of("cores", "2"), Map.of());
    String md = MarkdownReport.render(RESULTS, BenchOptions.parse(Path.of("/repo")), info);

    assertThat(md)
        .contains("commit `abc1234`")
        .contains("## Latency 0 ms, sandbox")
        .doesNotContain("replay")
        .contains(
            "| full-scan | 20000 | 200.0 (180.0-220.0) | 500.0 (480.0-520.0) | 1000.0 (900.0-1100.0)"
                + " | 100.0 (90.0-110.0) | 20 / 20 / 21 / 20 | 64 / 64 / 64 / 64 | 100 / - / - / -"
                + " | 25 / - / - / -"
                + " | 2.50 | 5.00 | 2.00 |")
        .contains("| cold-start | sandbox | 0 | 1 | 1200.0 (1200.0-1200.0) | 1 | 1 | 2 | - | - |")
        .contains("| cold start to first row (@0 ms, plain jar) <= 2.0 s | 1200 ms | yes |");
  }

  @Test
  void markdownFlagsContendersThatDisagreeOnTheRows() {
    Measurement driver = measured(0, "count", ContenderKind.DRIVER, 20, 10);
    Measurement wrongPager =
        new Measurement(
            0,
            1,
            "count",
            ContenderKind.PAGER,
            new ChildResult(List.of(10.0), List.of(20L), 2, 0, -1));
    RunInfo info = new RunInfo("x", "now", 1, 0, 0, 1, Map.of(), Map.of());
    String md =
        MarkdownReport.render(
            new Results(List.of(driver, wrongPager), List.of()),
            BenchOptions.parse(Path.of("/")),
            info);

    assertThat(md).contains("| count | 20000 (contenders differ!) |");
  }
}
