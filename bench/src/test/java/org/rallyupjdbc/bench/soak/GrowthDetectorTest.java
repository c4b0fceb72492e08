package org.rallyupjdbc.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class GrowthDetectorTest {
  private static final GrowthDetector THREADS = GrowthDetector.standard().get(1);

  /** Samples whose thread count is {@code threads(i)}; the warm-up's first sample is huge. */
  private static List<ResourceSample> samples(int count, IntToLongFunction threads) {
    List<ResourceSample> samples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      samples.add(
          new ResourceSample(
              i * 1_000L, 1L << 26, (int) threads.applyAsLong(i), 90, 20, Tally.Counts.none()));
    }
    return samples;
  }

  @Test
  void aSteadyResourceWithNoiseAndAWarmUpIsBounded() {
    assertThat(THREADS.growth(samples(40, i -> i < 5 ? 10 + 10L * i : 60 + (i % 3) * 3))).isNull();
  }

  @Test
  void aSpikeDoesNotMoveTheMedian() {
    assertThat(THREADS.growth(samples(40, i -> i == 38 ? 500 : 60))).isNull();
  }

  @Test
  void aSteadyLeakIsFound() {
    assertThat(THREADS.growth(samples(40, i -> 60 + i)))
        .startsWith("threads grows: by 31 over the run after the warm-up");
  }

  /** The thread counts of a 25-minute run without a leak: they swing with the load, no trend. */
  @Test
  void swingsWithoutATrendAreBounded() {
    long[] threads = {
      53, 80, 78, 84, 79, 68, 75, 77, 61, 78, 62, 71, 67, 58, 73, 63, 74, 74, 63, 68, 70, 76, 79,
      64, 71, 59, 75, 75, 49, 63, 66, 67, 73, 76, 52, 61, 68, 82, 86, 58, 75, 76, 76, 82, 58, 70,
      64, 72, 73, 73, 75
    };
    assertThat(THREADS.growth(samples(threads.length, i -> threads[i]))).isNull();
  }

  @Test
  void theSlopeIgnoresOutliers() {
    assertThat(GrowthDetector.slope(List.of(1L, 2L, 3L, 100L, 5L, 6L))).isEqualTo(1.0);
  }

  @Test
  void tooFewSamplesGiveNoVerdict() {
    List<ResourceSample> few = samples(6, i -> 60 + 100L * i);
    assertThat(GrowthDetector.enough(few)).isFalse();
    assertThat(THREADS.growth(few)).isNull();
    assertThat(GrowthDetector.enough(samples(8, i -> 1))).isTrue();
  }

  @Test
  void anUnknownFigureGivesNoVerdict() {
    GrowthDetector sockets = GrowthDetector.standard().get(3);
    List<ResourceSample> unknown = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      unknown.add(new ResourceSample(i, 1, 1, 1, -1, Tally.Counts.none()));
    }
    assertThat(sockets.growth(unknown)).isNull();
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(GrowthDetector.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2);
    assertThat(GrowthDetector.median(List.of(5L, 1L, 3L))).isEqualTo(3);
  }
}
