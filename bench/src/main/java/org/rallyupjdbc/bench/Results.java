package org.rallyupjdbc.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rallyupjdbc.bench.run.ContenderKind;

/**
 * Everything one harness run measured.
 *
 * @param measurements the scenarios' and the extras' measurements
 * @param micro the JMH scores, empty when not run
 */
record Results(List<Measurement> measurements, List<MicroBenchmarks.MicroResult> micro) {
  /** Extra measurements are named by these instead of a scenario id. */
  static final String COLD_START = "cold-start";

  static final String MILLION_ROWS = "million-rows";
  static final String HEAP_BY_SCALE = "heap-by-scale";

  /** The measurement of a contender on a scenario at a latency against the sandbox, if it ran. */
  Optional<Measurement> find(int latencyMs, String scenario, ContenderKind contender) {
    return find(Server.SANDBOX, latencyMs, scenario, contender);
  }

  /** The measurement of a contender on a scenario at a latency against a server, if it ran. */
  Optional<Measurement> find(
      Server server, int latencyMs, String scenario, ContenderKind contender) {
    return measurements.stream()
        .filter(m -> m.server() == server && m.latencyMs() == latencyMs)
        .filter(m -> m.scenario().equals(scenario) && m.contender() == contender)
        .findFirst();
  }

  /** The same scenario run by another contender (same server, latency and scale), if it ran. */
  Optional<Measurement> partner(Measurement measurement, ContenderKind contender) {
    return measurements.stream()
        .filter(m -> m.server() == measurement.server())
        .filter(m -> m.latencyMs() == measurement.latencyMs() && m.scale() == measurement.scale())
        .filter(m -> m.scenario().equals(measurement.scenario()) && m.contender() == contender)
        .findFirst();
  }

  /** Latencies measured, in order. */
  List<Integer> latencies() {
    return measurements.stream().map(Measurement::latencyMs).distinct().sorted().toList();
  }

  /** Servers whose scenario runs were measured, sandbox first. */
  List<Server> servers() {
    return measurements.stream()
        .filter(Results::isScenario)
        .map(Measurement::server)
        .distinct()
        .sorted()
        .toList();
  }

  /** Whether the measurement is one of the scenario list's (not an extra). */
  static boolean isScenario(Measurement measurement) {
    return Arrays.stream(Scenario.values()).anyMatch(s -> s.id().equals(measurement.scenario()));
  }
}
