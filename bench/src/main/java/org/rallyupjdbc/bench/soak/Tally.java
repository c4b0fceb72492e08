package org.rallyupjdbc.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the workers saw, counted from many threads: statements that returned a result (each compared
 * with H2), statements that failed, by SQLState, and the failures of the run: results that differed
 * from H2 and errors that are not a documented outcome.
 */
final class Tally {
  /**
   * SQLStates that are a correct outcome of any statement when the sandbox injects faults: the
   * retries ran out on 5xx or broken connections (08006) or on 429 (53000), or records left a
   * listing while it was read (40001). docs/reliability.md documents each.
   */
  static final Set<String> DOCUMENTED = Set.of("08006", "53000", "40001");

  private static final int KEPT_FAILURES = 20;

  private final LongAdder results = new LongAdder();
  private final LongAdder warned = new LongAdder();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final LongAdder failureCount = new LongAdder();
  private final Map<QueryKind, LongAdder> resultsByKind = new ConcurrentHashMap<>();
  private final Map<QueryKind, LongAdder> errorsByKind = new ConcurrentHashMap<>();

  /** A statement returned a result equal to H2's; {@code warning} when it carried an SQLWarning. */
  void result(QueryKind kind, boolean warning) {
    results.increment();
    resultsByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    if (warning) {
      warned.increment();
    }
  }

  /** A statement failed with this SQLState; returns whether that is a correct outcome. */
  boolean error(QueryKind kind, String sqlState) {
    String state = sqlState == null ? "null" : sqlState;
    errors.computeIfAbsent(state, s -> new LongAdder()).increment();
    errorsByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    return DOCUMENTED.contains(state) || kind.allows(state);
  }

  /** A failure of the run (a wrong result, an unexpected error), described for the report. */
  void failure(String description) {
    failureCount.increment();
    synchronized (failures) {
      if (failures.size() < KEPT_FAILURES) {
        failures.add(description);
      }
    }
  }

  /** Per kind of statement, {@code KIND results/errors}: that the whole mix really ran. */
  String byKind() {
    StringBuilder text = new StringBuilder();
    for (QueryKind kind : QueryKind.values()) {
      text.append(text.isEmpty() ? "" : ", ")
          .append(kind)
          .append(' ')
          .append(sum(resultsByKind, kind))
          .append('/')
          .append(sum(errorsByKind, kind));
    }
    return text.toString();
  }

  private static long sum(Map<QueryKind, LongAdder> counts, QueryKind kind) {
    LongAdder count = counts.get(kind);
    return count == null ? 0 : count.sum();
  }

  /** A copy of the counters now. */
  Counts counts() {
    Map<String, Long> byState = new TreeMap<>();
    errors.forEach((state, count) -> byState.put(state, count.sum()));
    synchronized (failures) {
      return new Counts(
          results.sum(), warned.sum(), byState, failureCount.sum(), List.copyOf(failures));
    }
  }

  /**
   * The counters at one moment.
   *
   * @param results statements that returned a result equal to H2's
   * @param warned of them, those with an SQLWarning (01000: the listing moved while read)
   * @param errorsByState failed statements by SQLState
   * @param failures wrong results and unexpected errors
   * @param firstFailures the first few of them, described
   */
  record Counts(
      long results,
      long warned,
      Map<String, Long> errorsByState,
      long failures,
      List<String> firstFailures) {

    /** Every statement, with a result or an error. */
    long statements() {
      return results + errorsByState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The errors of this snapshot that came after {@code earlier}'s, by SQLState. */
    Map<String, Long> errorsSince(Counts earlier) {
      Map<String, Long> since = new TreeMap<>();
      errorsByState.forEach(
          (state, count) -> {
            long delta = count - earlier.errorsByState().getOrDefault(state, 0L);
            if (delta > 0) {
              since.put(state, delta);
            }
          });
      return since;
    }

    static Counts none() {
      return new Counts(0, 0, Map.of(), 0, List.of());
    }
  }
}
