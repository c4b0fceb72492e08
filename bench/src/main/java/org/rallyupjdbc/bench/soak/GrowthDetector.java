package org.rallyupjdbc.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Decides whether a resource grows without bound. The samples of the warm-up (the first fifth of
 * the run, at least one sample) are dropped, the rest is cut in thirds, and the resource grows when
 * the median of the last third exceeds the median of the second third by more than a relative
 * tolerance and an absolute slack. Medians ignore a GC that came late or a burst of sockets; a
 * leak, which adds a little with every statement, raises the whole last third. The first third is
 * left out because pools, caches and JIT still fill it.
 *
 * @param name the resource, as the report names it
 * @param value reads the resource from a sample
 * @param tolerance allowed relative growth, e.g. 0.10
 * @param slack allowed absolute growth, in the resource's unit
 */
record GrowthDetector(
    String name, ToLongFunction<ResourceSample> value, double tolerance, long slack) {

  /** Fewer samples after the warm-up than this and no verdict is possible. */
  static final int MIN_SAMPLES = 6;

  /** The detectors the run applies: heap, threads, file handles, sockets. */
  static List<GrowthDetector> standard() {
    return List.of(
        new GrowthDetector("heap after GC", ResourceSample::heapAfterGcBytes, 0.10, 16L << 20),
        new GrowthDetector("threads", ResourceSample::threads, 0.05, 4),
        new GrowthDetector("file handles", ResourceSample::fileHandles, 0.05, 8),
        new GrowthDetector("sockets", ResourceSample::sockets, 0.05, 6));
  }

  /**
   * The verdict on these samples.
   *
   * @return null when the resource stays bounded or there are too few samples to tell, otherwise
   *     why it is judged to grow
   */
  String growth(List<ResourceSample> samples) {
    List<Long> values = new ArrayList<>();
    int warmUp = Math.max(1, samples.size() / 5);
    for (ResourceSample sample :
        samples.subList(Math.min(warmUp, samples.size()), samples.size())) {
      values.add(value.applyAsLong(sample));
    }
    if (values.size() < MIN_SAMPLES || values.contains(-1L)) {
      return null;
    }
    int third = values.size() / 3;
    long middle = median(values.subList(third, 2 * third));
    long last = median(values.subList(values.size() - third, values.size()));
    long limit = (long) (middle * (1 + tolerance)) + slack;
    if (last <= limit) {
      return null;
    }
    return "%s grows: median %d over the last third of the run, %d over the second (limit %d)"
        .formatted(name, last, middle, limit);
  }

  /** Whether the samples are enough for a verdict. */
  static boolean enough(List<ResourceSample> samples) {
    return samples.size() - Math.max(1, samples.size() / 5) >= MIN_SAMPLES;
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
