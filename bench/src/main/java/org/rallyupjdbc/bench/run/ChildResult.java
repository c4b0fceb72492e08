package org.rallyupjdbc.bench.run;

import java.util.List;

/**
 * What a child JVM measured, one entry per measured run.
 *
 * @param millis wall time of each run
 * @param requests API requests the sandbox answered during each run
 * @param rows rows the last run produced
 * @param peakHeapBytes the highest heap in use during any run (sum of the heap pools' peaks)
 * @param liveHeapBytes the highest heap left after a collection during any run, or -1 if none ran
 * @param clientCpuMillis CPU time of the contender's JVM (all its threads) during each run, or
 *     empty
 * @param serverCpuMillis CPU time of the server's process during each run, or empty
 */
public record ChildResult(
    List<Double> millis,
    List<Long> requests,
    long rows,
    long peakHeapBytes,
    long liveHeapBytes,
    List<Double> clientCpuMillis,
    List<Double> serverCpuMillis) {

  /** A result without CPU figures (the extras measured in the harness's own JVM). */
  public ChildResult(
      List<Double> millis, List<Long> requests, long rows, long peakHeapBytes, long liveHeapBytes) {
    this(millis, requests, rows, peakHeapBytes, liveHeapBytes, List.of(), List.of());
  }

  /**
   * The server's share of the CPU both sides used over all runs, 0 to 1, or NaN when not measured:
   * near 0, the figures measure the client; near 0.5 and more, the server's work competes with the
   * client's for the same cores.
   */
  public double serverCpuShare() {
    double server = serverCpuMillis.stream().mapToDouble(Double::doubleValue).sum();
    double client = clientCpuMillis.stream().mapToDouble(Double::doubleValue).sum();
    return serverCpuMillis.isEmpty() || server + client <= 0
        ? Double.NaN
        : server / (server + client);
  }
}
