package org.rallyupjdbc.sandbox.http;

import org.rallyupjdbc.sandbox.SandboxOptions;

/** The served path of each endpoint whose version prefix RallyUp leaves uncertain. */
final class Paths {
  private final String org;
  private final boolean jentic;

  Paths(SandboxOptions options) {
    this.org = "/" + options.orgPrefix() + "/api/";
    this.jentic = options.jenticPaths();
  }

  /**
   * version, finduser, campaign, listcampaigns, listdonations: {@code /v2/api/} or {@code
   * /v1/api/}.
   */
  String org(String name) {
    return org + name;
  }

  String sweepstakesWinners() {
    return jentic ? "/v1/api/sweepstakesWinners" : "/v3/api/sweepstakesWinners";
  }

  String auctionWinners() {
    return jentic ? "/v2/api/auctionWinners" : "/v3/api/auctionWinners";
  }
}
