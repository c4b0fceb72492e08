package org.rallyupjdbc.sandbox.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random source with the draws the generators need. Each kind of record gets its own
 * stream, so adding a draw to one generator does not change what the others produce.
 */
final class Rng {
  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The stream for one named part of the data. */
  static Rng of(long seed, String stream) {
    return new Rng(seed * 0x9E3779B97F4A7C15L ^ stream.hashCode() * 0xC2B2AE3D27D4EB4FL);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  long nextLong() {
    return random.nextLong();
  }

  double nextDouble() {
    return random.nextDouble();
  }

  /** A uniform int in {@code [low, high]}. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A uniform instant in {@code [from, to]}, in epoch milliseconds. */
  long millisBetween(long from, long to) {
    return to <= from ? from : from + (long) (random.nextDouble() * (to - from));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A money amount from a heavy-tailed (Pareto) distribution: many small gifts, a few large ones.
   * Most are rounded to whole dollars, large ones to five dollars, as people give.
   */
  long skewedCents(long minCents, long maxCents) {
    double value = minCents / Math.pow(1 - random.nextDouble(), 1 / 1.16);
    long cents = (long) Math.min(value, maxCents);
    if (random.nextDouble() < 0.3) {
      return cents;
    }
    long unit = cents >= 5_000 ? 500 : 100;
    return Math.max(unit, Math.round((double) cents / unit) * unit);
  }

  /** A string of random decimal digits, leading zeros allowed. */
  String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** A lower-case hex string of the given length. */
  String hex(int digits) {
    StringBuilder out = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      out.append(Character.forDigit(random.nextInt(16), 16));
    }
    return out.toString();
  }
}
