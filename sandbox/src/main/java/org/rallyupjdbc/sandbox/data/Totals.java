package org.rallyupjdbc.sandbox.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignTotals;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;

/** Derives campaign totals and item sales from the donations. */
final class Totals {
  private static final long PERIOD = 30 * Timeline.DAY;

  private Totals() {}

  /**
   * Totals of every campaign: summed from donations for the demo organization, invented for the
   * others (whose donations the sandbox does not serve).
   */
  static Map<Long, CampaignTotals> campaigns(
      long seed, List<Campaign> campaigns, List<Donation> donations, long demoOrgId) {
    Map<Long, long[]> sums = new HashMap<>();
    Map<Long, Set<Long>> donors = new HashMap<>();
    for (Donation donation : donations) {
      if (donation.refund() != null) {
        continue;
      }
      long[] sum = sums.computeIfAbsent(donation.campaign().id(), id -> new long[2]);
      sum[0] += donation.grossCents();
      if (donation.createdAt() >= Timeline.AS_OF - PERIOD) {
        sum[1] += donation.grossCents();
      }
      donors
          .computeIfAbsent(donation.campaign().id(), id -> new HashSet<>())
          .add(donation.supporter().person().userId());
    }
    Rng rng = Rng.of(seed, "totals");
    Map<Long, CampaignTotals> totals = new HashMap<>();
    for (Campaign campaign : campaigns) {
      long[] sum = sums.getOrDefault(campaign.id(), new long[2]);
      int supporters = donors.getOrDefault(campaign.id(), Set.of()).size();
      if (campaign.organizationId() != demoOrgId) {
        sum = new long[] {rng.skewedCents(1_000, 2_000_000), 0};
        supporters = (int) (sum[0] / 5_000) + rng.nextInt(5);
      }
      int views = supporters * rng.between(3, 12) + rng.nextInt(50);
      totals.put(campaign.id(), new CampaignTotals(sum[0], sum[1], supporters, views));
    }
    return totals;
  }

  /** Items with TotalSold set; some stock-limited items sell out. */
  static List<CampaignItem> itemSales(long seed, List<CampaignItem> items, DonationFactory sales) {
    Rng rng = Rng.of(seed, "stock");
    return items.stream()
        .map(
            item -> {
              int sold = sales.sold(item.id());
              boolean running = item.campaign().endAt() > Timeline.AS_OF;
              boolean limited = limitable(item.campaign().type()) && rng.chance(0.35);
              Integer available = limited ? sold + rng.nextInt(3) * rng.nextInt(10) : null;
              boolean open = running && (available == null || sold < available);
              return item.withSales(sold, available, open);
            })
        .toList();
  }

  private static boolean limitable(CampaignType type) {
    return type == CampaignType.SALE
        || type == CampaignType.TICKETING
        || type == CampaignType.CROWDFUNDING;
  }
}
