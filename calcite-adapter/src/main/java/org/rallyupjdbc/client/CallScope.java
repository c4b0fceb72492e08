package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

/**
 * What the requests of one statement share: when it must stop, its id in the request log, and its
 * request budget.
 *
 * @param deadline the statement's timeout and cancel flag
 * @param statementId the statement's number in its connection, 0 when there is none
 * @param budget the requests the statement may still make
 * @param fresh whether the answers must come from the API now, not from the connection's cache
 */
public record CallScope(Deadline deadline, long statementId, RequestBudget budget, boolean fresh) {
  /** No limits, no statement. */
  public static final CallScope NONE =
      new CallScope(Deadline.NONE, 0, RequestBudget.UNLIMITED, false);

  /** Creates a scope. */
  public CallScope {
    requireNonNull(deadline, "deadline");
    requireNonNull(budget, "budget");
  }

  /** A scope with only a deadline. */
  public static CallScope of(Deadline deadline) {
    return new CallScope(deadline, 0, RequestBudget.UNLIMITED, false);
  }
}
