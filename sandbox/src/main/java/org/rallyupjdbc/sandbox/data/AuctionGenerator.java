package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rallyupjdbc.sandbox.model.AuctionBid;
import org.rallyupjdbc.sandbox.model.AuctionWinner;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Supporter;

/** Generates bids on the demo organization's auction lots, and the winners of ended auctions. */
final class AuctionGenerator {
  /** Bids in placement order (ids ascending) and winners by campaign and lot. */
  record Auctions(List<AuctionBid> bids, List<AuctionWinner> winners) {}

  private AuctionGenerator() {}

  static Auctions generate(long seed, List<CampaignItem> demoItems, SupporterPool pool) {
    Rng rng = Rng.of(seed, "auctions");
    List<AuctionBid> bids = new ArrayList<>();
    List<AuctionWinner> winners = new ArrayList<>();
    IdSequence winnerIds = new IdSequence(rng, 20, 20, 3);
    for (CampaignItem item : demoItems) {
      if (item.campaign().type() != CampaignType.AUCTION) {
        continue;
      }
      List<AuctionBid> itemBids = bidsOn(rng, item, pool);
      bids.addAll(itemBids);
      if (!itemBids.isEmpty() && item.campaign().endAt() < Timeline.AS_OF) {
        AuctionBid top = itemBids.get(itemBids.size() - 1);
        winners.add(
            new AuctionWinner(
                winnerIds.next(rng),
                item,
                top.bidder().person(),
                top.amountCents(),
                rng.chance(0.85) ? "Paid" : "Unpaid"));
      }
    }
    bids.sort(Comparator.comparingLong(AuctionBid::placedAt));
    List<AuctionBid> numbered = new ArrayList<>(bids.size());
    IdSequence sequence = new IdSequence(rng, 560_000, 10_000, 7);
    for (AuctionBid bid : bids) {
      numbered.add(
          new AuctionBid(
              sequence.next(rng),
              bid.bidder(),
              bid.item(),
              bid.amountCents(),
              bid.maximumBidCents(),
              bid.status(),
              bid.placedAt()));
    }
    return new Auctions(List.copyOf(numbered), List.copyOf(winners));
  }

  /** Rising bids on one lot, the last one "Winning", the rest "Outbid". */
  private static List<AuctionBid> bidsOn(Rng rng, CampaignItem item, SupporterPool pool) {
    int count =
        rng.chance(0.15)
            ? 0
            : Math.min(40, rng.between(1, 8) + (int) Math.pow(1 - rng.nextDouble(), -1.3));
    long from = item.campaign().startAt();
    long to = Math.min(item.campaign().endAt(), Timeline.AS_OF);
    long[] times = new long[count];
    for (int i = 0; i < count; i++) {
      times[i] = rng.millisBetween(from, to);
    }
    Arrays.sort(times);
    List<AuctionBid> bids = new ArrayList<>(count);
    long amount = item.priceCents();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        amount += Math.max(500, Math.round(amount * (0.05 + 0.1 * rng.nextDouble()) / 500) * 500);
      }
      Supporter bidder = pool.supporter(rng, false);
      Long maximum = rng.chance(0.2) ? amount + rng.skewedCents(500, 50_000) : null;
      String status = i == count - 1 ? "Winning" : "Outbid";
      bids.add(new AuctionBid(0, bidder, item, amount, maximum, status, times[i]));
    }
    return bids;
  }
}
