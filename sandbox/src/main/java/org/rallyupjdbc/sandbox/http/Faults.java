package org.rallyupjdbc.sandbox.http;

import java.util.SplittableRandom;

/** Injected latency (with ±20% jitter) and random 500/503 failures, both seeded. */
final class Faults {
  private final SplittableRandom random;
  private final int latencyMs;
  private final double failRate;

  Faults(long seed, int latencyMs, double failRate) {
    this.random = new SplittableRandom(seed ^ 0xFA017L);
    this.latencyMs = latencyMs;
    this.failRate = failRate;
  }

  /** Sleeps the configured latency, jittered. */
  void delay() {
    if (latencyMs <= 0) {
      return;
    }
    double jitter;
    synchronized (random) {
      jitter = 0.8 + 0.4 * random.nextDouble();
    }
    try {
      Thread.sleep(Math.round(latencyMs * jitter));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Throws a 500 or a 503 with the configured probability. */
  void maybeFail() {
    if (failRate <= 0) {
      return;
    }
    boolean fail;
    boolean unavailable;
    synchronized (random) {
      fail = random.nextDouble() < failRate;
      unavailable = random.nextBoolean();
    }
    if (fail) {
      throw unavailable
          ? new ApiError(503, "The service is temporarily unavailable. Please retry later.")
          : new ApiError(500, "An error has occurred.");
    }
  }
}
