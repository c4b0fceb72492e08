package org.rallyupjdbc.sandbox.model;

/**
 * A bid on an auction lot.
 *
 * @param sequence rendered as the string id {@code "E_<sequence>"}
 * @param maximumBidCents the proxy-bid ceiling, or null
 */
public record AuctionBid(
    long sequence,
    Supporter bidder,
    CampaignItem item,
    long amountCents,
    Long maximumBidCents,
    String status,
    long placedAt) {

  public String id() {
    return "E_" + sequence;
  }
}
