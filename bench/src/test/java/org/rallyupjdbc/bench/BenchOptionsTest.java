package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
  private static final Path ROOT = Path.of("/repo");

  @Test
  void defaultsRunEverythingAtBothLatenciesIntoTheResultsFolder() {
    BenchOptions options = BenchOptions.parse(ROOT);

    assertThat(options.latenciesMs()).containsExactly(0, 100);
    assertThat(options.runs()).isEqualTo(5);
    assertThat(options.pageSize()).isEqualTo(1000);
    assertThat(options.concurrency()).isEqualTo(4);
    assertThat(options.driverProperties()).isEmpty();
    assertThat(options.servers()).containsExactly(Server.SANDBOX, Server.REPLAY);
    assertThat(options.queryScenarios()).containsExactly(Scenario.values());
    assertThat(options.runs("cold-start")).isTrue();
    assertThat(options.resultsDirectory()).isEqualTo(Path.of("/repo/bench/results"));
  }

  @Test
  void quickIsSmallAndWritesUnderTmp() {
    BenchOptions options = BenchOptions.parse(ROOT, "--quick");

    assertThat(options.latenciesMs()).containsExactly(0);
    assertThat(options.runs()).isEqualTo(2);
    assertThat(options.resultsDirectory()).isEqualTo(Path.of("/repo/bench/results/tmp"));
  }

  @Test
  void scenariosKeepTheListOrderWhateverTheCommandLineOrder() {
    BenchOptions options =
        BenchOptions.parse(
            ROOT, "--scenarios", "count,micro,full-scan", "--latency-ms", "50", "--runs", "7");

    assertThat(options.scenarios()).containsExactly("full-scan", "count", "micro");
    assertThat(options.queryScenarios()).containsExactly(Scenario.FULL_SCAN, Scenario.COUNT);
    assertThat(options.latenciesMs()).isEqualTo(List.of(50));
    assertThat(options.runs()).isEqualTo(7);
  }

  @Test
  void driverPropertiesGoIntoTheUrlAsGiven() {
    BenchOptions options = BenchOptions.parse(ROOT, "--driver-properties", "cacheTtlSeconds=0");

    assertThat(options.driverProperties()).isEqualTo("cacheTtlSeconds=0");
  }

  @Test
  void serversAreChosenByName() {
    assertThat(BenchOptions.parse(ROOT, "--servers", "replay").servers())
        .containsExactly(Server.REPLAY);
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, "--servers", "mock"))
        .hasMessage("unknown server: mock (sandbox or replay)");
  }

  @Test
  void badInputIsRefusedWithTheReason() {
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, "--scenarios", "full-scan,nope"))
        .hasMessage("unknown scenario: nope");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, "--bogus", "1"))
        .hasMessage("unknown option: --bogus");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, "--runs"))
        .hasMessageContaining("missing value: --runs");
    assertThatThrownBy(() -> BenchOptions.parse(ROOT, "--runs", "0")).hasMessageContaining(">= 1");
  }
}
