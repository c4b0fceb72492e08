package org.rallyupjdbc.bench;

import java.util.List;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ContenderKind;

/** Made-up measurements for the report and target tests. */
final class Fixtures {
  private Fixtures() {}

  static Measurement measured(
      int latency, String scenario, ContenderKind contender, long requests, double... millis) {
    List<Double> runs = java.util.Arrays.stream(millis).boxed().toList();
    List<Long> perRun = runs.stream().map(m -> requests).toList();
    ChildResult result = new ChildResult(runs, perRun, 20_000, 64L << 20, 16L << 20);
    return new Measurement(latency, 1, scenario, contender, result);
  }
}
