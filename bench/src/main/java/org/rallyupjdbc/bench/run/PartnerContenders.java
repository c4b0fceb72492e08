package org.rallyupjdbc.bench.run;

import okhttp3.HttpUrl;

/**
 * The contenders of the partner fan-out scenario, and the two listings every one of them reads: the
 * partner's organizations, then each organization's campaigns (donation pages included, as the
 * driver asks for them).
 */
final class PartnerContenders {
  static final String ORGANIZATIONS = "/v1/partnerapi/organizations";
  static final String CAMPAIGNS = "/v1/partnerapi/campaigns";

  private PartnerContenders() {}

  static Contender create(ChildTask task, ApiSession session) throws Exception {
    return switch (task.contender()) {
      case DRIVER ->
          new PartnerDriver(
              task.baseUrl(),
              task.pageSize(),
              task.concurrency(),
              task.driverProperties(),
              task.scenario().sql(task.campaignId()));
      case PAGER -> new PartnerPager(session, task.pageSize());
      case SYNC ->
          new PartnerSync(session, task.scenario().sql(task.campaignId()), task.pageSize());
      case LIMIT -> new PartnerLimit(session, task.pageSize(), task.concurrency());
    };
  }

  /** The organizations listing, without paging. */
  static HttpUrl.Builder organizations(ApiSession session) {
    return session.url(ORGANIZATIONS);
  }

  /** One organization's campaigns listing, without paging. */
  static HttpUrl.Builder campaigns(ApiSession session, long organizationId) {
    return session
        .url(CAMPAIGNS)
        .addQueryParameter("organizationID", Long.toString(organizationId))
        .addQueryParameter("includeDonationPages", "true");
  }
}
