package org.rallyupjdbc.sandbox.data;

/** Ascending ids with small random gaps, as a shared id space used by other customers shows. */
final class IdSequence {
  private final int maxGap;
  private long last;

  IdSequence(Rng rng, long base, int spread, int maxGap) {
    this.last = base + rng.nextInt(spread);
    this.maxGap = maxGap;
  }

  long next(Rng rng) {
    last += 1 + rng.nextInt(maxGap);
    return last;
  }
}
