package org.rallyupjdbc.bench.soak;

import java.util.List;

/**
 * What a soak run ends with.
 *
 * @param options how it ran
 * @param samples the resource samples, the first taken when the workers started
 * @param byKind results and errors per kind of statement ({@link Tally#byKind})
 * @param problems why it failed: wrong results, unexpected errors, growing resources, a hang; empty
 *     when it passed
 */
record SoakOutcome(
    SoakOptions options, List<ResourceSample> samples, String byKind, List<String> problems) {
  boolean passed() {
    return problems.isEmpty();
  }
}
