package org.rallyupjdbc.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many HTTP requests one statement may make ({@code maxRequestsPerQuery}), so that a query that
 * would page through far more than its author expects stops with an explanation instead of spending
 * the organization's rate limit. Cached responses cost nothing.
 */
public final class RequestBudget {
  /** No limit. */
  public static final RequestBudget UNLIMITED = new RequestBudget(0);

  private final int limit;
  private final AtomicInteger spent = new AtomicInteger();

  /** A budget of {@code limit} requests; 0 means no limit. */
  public RequestBudget(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a request budget cannot be negative: " + limit);
    }
    this.limit = limit;
  }

  /** Requests made so far. */
  public int spent() {
    return spent.get();
  }

  /** Counts one request about to be sent, or fails when the budget is used up. */
  void spend(String described) {
    int now = spent.incrementAndGet();
    if (limit > 0 && now > limit) {
      throw exceeded(
          "needs more than maxRequestsPerQuery="
              + limit
              + " requests to RallyUp (the next one would be "
              + described
              + ")");
    }
  }

  /**
   * Fails before any of {@code more} further requests is sent when they would not fit, so a query
   * whose cost is known from its first page stops at once.
   */
  public void reserve(int more, String described) {
    if (limit > 0 && spent.get() + more > limit) {
      throw exceeded(
          "would make "
              + (spent.get() + more)
              + " requests to RallyUp ("
              + described
              + "), more than maxRequestsPerQuery="
              + limit);
    }
  }

  private RallyUpApiException exceeded(String what) {
    return new RallyUpApiException(
        RallyUpApiException.Kind.TOO_MANY_REQUESTS,
        0,
        "The query "
            + what
            + ". Narrow it with a WHERE condition the API can use (see rallyup_meta.capabilities),"
            + " add a LIMIT, or raise maxRequestsPerQuery (0 means no limit).");
  }
}
