package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/performance.md describes every scenario the harness runs, in its scenarios table. */
class BenchDocsTest {
  @Test
  void everyScenarioHasARowInThePerformanceDoc() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "performance.md"));
    int start = doc.indexOf("**Scenarios**");
    String table = doc.substring(start, doc.indexOf("**Extras.**", start));

    for (Scenario scenario : Scenario.values()) {
      assertThat(table).as(scenario.id()).contains("\n| " + scenario.id() + " | ");
    }
  }
}
