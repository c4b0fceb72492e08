package org.rallyupjdbc.client;

/** How many per-key listings a fan-out starts with. */
public enum FanOutStart {
  /**
   * One, doubling after each delivered listing up to {@code maxConcurrentRequests}: a query that
   * needs a few rows ({@code LIMIT}, {@code setMaxRows}) makes a few requests.
   */
  ONE,
  /**
   * {@code maxConcurrentRequests} at once: every key's rows are needed, so the listings take as few
   * round trips as the concurrency allows.
   */
  ALL;

  /** {@link #ONE} when at most {@code records} are wanted, {@link #ALL} for -1 (every record). */
  public static FanOutStart forRecords(long records) {
    return records < 0 ? ALL : ONE;
  }
}
