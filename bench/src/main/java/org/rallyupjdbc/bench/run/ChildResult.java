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
 */
public record ChildResult(
    List<Double> millis, List<Long> requests, long rows, long peakHeapBytes, long liveHeapBytes) {}
