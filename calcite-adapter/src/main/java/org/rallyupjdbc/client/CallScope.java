package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

/**
 * What the requests of one statement share: when it must stop, its id in the request log, its
 * request budget, and where its warnings go.
 *
 * @param deadline the statement's timeout and cancel flag
 * @param statementId the statement's number in its connection, 0 when there is none
 * @param budget the requests the statement may still make
 * @param fresh whether the answers must come from the API now, not from the connection's cache
 * @param warnings where scans report what they noticed without failing
 */
public record CallScope(
    Deadline deadline,
    long statementId,
    RequestBudget budget,
    boolean fresh,
    ScanWarnings warnings) {
  /** No limits, no statement. */
  public static final CallScope NONE = of(Deadline.NONE);

  /** Creates a scope. */
  public CallScope {
    requireNonNull(deadline, "deadline");
    requireNonNull(budget, "budget");
    requireNonNull(warnings, "warnings");
  }

  /** A scope with only a deadline; its warnings go nowhere. */
  public static CallScope of(Deadline deadline) {
    return new CallScope(deadline, 0, RequestBudget.UNLIMITED, false, new ScanWarnings());
  }

  /** The same scope, reading the API instead of the connection's cache. */
  CallScope uncached() {
    return fresh ? this : new CallScope(deadline, statementId, budget, true, warnings);
  }
}
