package org.rallyupjdbc.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Decides whether a resource grows without bound. The samples of the warm-up (the first fifth of
 * the run, at least one sample) are dropped; over the rest, the trend is the Theil–Sen slope (the
 * median of the slopes between every two samples), and the resource grows when that slope, over the
 * span of the samples, adds more than a relative tolerance of their median plus an absolute slack.
 * An instant's thread, socket and heap figures swing with the load (pool threads that idle out,
 * connections being replaced, a sandbox restart): comparing the medians of two stretches of the run
 * flagged such swings as growth, while the slope of every pair of samples ignores them and still
 * sees a leak that adds a little with every statement.
 *
 * @param name the resource, as the report names it
 * @param value reads the resource from a sample
 * @param tolerance allowed growth relative to the median, e.g. 0.10
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
        new GrowthDetector("threads", ResourceSample::threads, 0.10, 8),
        new GrowthDetector("file handles", ResourceSample::fileHandles, 0.10, 8),
        new GrowthDetector("sockets", ResourceSample::sockets, 0.10, 6));
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
    double growth = slope(values) * (values.size() - 1);
    long median = median(values);
    double limit = median * tolerance + slack;
    if (growth <= limit) {
      return null;
    }
    return "%s grows: by %.0f over the run after the warm-up (trend of %d samples, median %d),"
            .formatted(name, growth, values.size(), median)
        + " more than the %.0f allowed".formatted(limit);
  }

  /** Whether the samples are enough for a verdict. */
  static boolean enough(List<ResourceSample> samples) {
    return samples.size() - Math.max(1, samples.size() / 5) >= MIN_SAMPLES;
  }

  /** The Theil–Sen slope per sample: the median of the slopes between every two samples. */
  static double slope(List<Long> values) {
    List<Double> slopes = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        slopes.add((values.get(j) - values.get(i)) / (double) (j - i));
      }
    }
    slopes.sort(null);
    int n = slopes.size();
    return n % 2 == 1 ? slopes.get(n / 2) : (slopes.get(n / 2 - 1) + slopes.get(n / 2)) / 2;
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
