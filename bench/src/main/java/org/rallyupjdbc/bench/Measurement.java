package org.rallyupjdbc.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ContenderKind;

/**
 * What one contender measured on one scenario at one latency and scale.
 *
 * @param latencyMs the sandbox's latency
 * @param scale the sandbox's scale
 * @param scenario a scenario id, or an extra's description
 * @param contender who ran it
 * @param result the runs
 * @param server what answered the requests
 */
public record Measurement(
    int latencyMs,
    int scale,
    String scenario,
    ContenderKind contender,
    ChildResult result,
    Server server) {

  /** A measurement against the sandbox. */
  public Measurement(
      int latencyMs, int scale, String scenario, ContenderKind contender, ChildResult result) {
    this(latencyMs, scale, scenario, contender, result, Server.SANDBOX);
  }

  public double medianMillis() {
    return median(result.millis());
  }

  public double minMillis() {
    return Collections.min(result.millis());
  }

  public double maxMillis() {
    return Collections.max(result.millis());
  }

  /** Requests of the median run count (they agree unless something retried). */
  public long requests() {
    return Math.round(median(result.requests().stream().map(Long::doubleValue).toList()));
  }

  public double peakHeapMiB() {
    return result.peakHeapBytes() / 1048576.0;
  }

  /** Heap left after the fullest collection, or NaN when no collection ran. */
  public double liveHeapMiB() {
    return result.liveHeapBytes() < 0 ? Double.NaN : result.liveHeapBytes() / 1048576.0;
  }

  /** The middle value; the mean of the two middle ones for an even count. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** How many times longer this took than {@code other} (median over median). */
  public double ratioTo(Measurement other) {
    return medianMillis() / other.medianMillis();
  }
}
