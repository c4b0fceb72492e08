package org.rallyupjdbc.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SoakOptionsTest {
  @Test
  void defaultsAreTwentyMinutesOfFourConnectionsWithFaultsAndDrift() {
    SoakOptions options = SoakOptions.parse();
    assertThat(options.duration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(options.connections()).isEqualTo(4);
    assertThat(options.failRate()).isEqualTo(0.05);
    assertThat(options.drift()).isTrue();
    assertThat(options.reportEvery()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.out()).isNull();
  }

  @Test
  void everyOptionIsRead() {
    SoakOptions options =
        SoakOptions.parse(
            "--duration",
            "90s",
            "--connections",
            "8",
            "--fail-rate",
            "0.2",
            "--rate-limit",
            "25",
            "--token-ttl",
            "3",
            "--no-drift",
            "--seed",
            "11",
            "--report-every",
            "500ms",
            "--out",
            "soak.md");
    assertThat(options)
        .isEqualTo(
            new SoakOptions(
                Duration.ofSeconds(90),
                8,
                0.2,
                25,
                3,
                false,
                11,
                Duration.ofMillis(500),
                Path.of("soak.md")));
    assertThat(SoakOptions.parse("--duration", "2h").duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> SoakOptions.parse("--duration", "soon"))
        .hasMessageContaining("--duration takes a duration");
    assertThatThrownBy(() -> SoakOptions.parse("--connections", "0"))
        .hasMessageContaining("--connections must be 1..64");
    assertThatThrownBy(() -> SoakOptions.parse("--fail-rate", "1"))
        .hasMessageContaining("--fail-rate");
    assertThatThrownBy(() -> SoakOptions.parse("--seed")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> SoakOptions.parse("--fast")).hasMessageContaining("unknown option");
  }

  @Test
  void theUsageListsEveryOption() {
    for (String option :
        new String[] {
          "--duration",
          "--connections",
          "--fail-rate",
          "--rate-limit",
          "--token-ttl",
          "--drift",
          "--seed",
          "--report-every",
          "--out"
        }) {
      assertThat(SoakOptions.USAGE).contains(option);
    }
  }
}
