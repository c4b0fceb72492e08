package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.DonationItem;
import org.rallyupjdbc.sandbox.model.PaymentMethod;
import org.rallyupjdbc.sandbox.model.Refund;
import org.rallyupjdbc.sandbox.model.Supporter;
import org.rallyupjdbc.sandbox.model.TicketBlock;

/**
 * Builds one donation at a time, numbering raffle tickets per campaign and counting item sales.
 * Used for the initial data and, under --drift, for donations that arrive while clients page. Not
 * thread-safe: callers serialize.
 */
final class DonationFactory {
  private static final List<String> CARD_TYPES =
      List.of("Visa", "Visa", "Visa", "MasterCard", "MasterCard", "Amex", "Discover");
  private static final List<String> PERIODS =
      List.of("Monthly", "Monthly", "Quarterly", "Annually");

  /** An item chosen at checkout and how many were bought. */
  private record Pick(CampaignItem item, int quantity) {}

  private final Map<Long, List<CampaignItem>> itemsByCampaign;
  private final SupporterPool supporters;
  private final Map<Long, int[]> nextEntryNumber = new HashMap<>();
  private final Map<Long, int[]> sold = new HashMap<>();

  DonationFactory(Map<Long, List<CampaignItem>> itemsByCampaign, SupporterPool supporters) {
    this.itemsByCampaign = itemsByCampaign;
    this.supporters = supporters;
  }

  /** How many units of an item have been sold so far. */
  int sold(long itemId) {
    int[] count = sold.get(itemId);
    return count == null ? 0 : count[0];
  }

  Donation create(Rng rng, long transactionId, Campaign campaign, long createdAt) {
    Supporter supporter = supporters.supporter(rng, true);
    PaymentMethod payment = payment(rng);
    List<Pick> picks = picks(rng, campaign);
    List<DonationItem> lines = lines(campaign, picks);
    long itemsCents =
        campaign.type() == CampaignType.GENERAL_DONATION
            ? rng.skewedCents(500, 1_000_000)
            : totalCents(lines);
    long extra =
        campaign.type() != CampaignType.GENERAL_DONATION && rng.chance(0.2)
            ? rng.skewedCents(500, 50_000)
            : 0;
    long fee = fee(payment, itemsCents + extra);
    boolean covered = fee > 0 && rng.chance(0.25);
    boolean recurring =
        payment.isCard()
            && (campaign.type() == CampaignType.GENERAL_DONATION
                || campaign.type() == CampaignType.CROWDFUNDING)
            && rng.chance(0.1);
    Long recurringEnd =
        recurring && rng.chance(0.15)
            ? Math.min(createdAt + rng.between(180, 365) * Timeline.DAY, Timeline.END)
            : null;
    Refund refund =
        rng.chance(0.03)
            ? new Refund(
                rng.pick(Texts.REFUND_REASONS),
                Math.min(
                    createdAt + rng.between(1, 30) * Timeline.DAY,
                    Math.max(createdAt, Timeline.AS_OF)))
            : null;
    String status = refund != null ? "Refunded" : pendingOrPaid(rng, payment);
    long updatedAt =
        refund != null ? refund.refundedAt() : createdAt + rng.nextInt(5) * Timeline.SECOND;
    return new Donation(
        transactionId,
        campaign,
        supporter,
        payment,
        status,
        payment.type().equals("Check") || payment.type().equals("Cash") ? "Manual" : "RallyUp",
        lines,
        tickets(campaign, picks),
        recurring ? rng.pick(PERIODS) : null,
        recurringEnd,
        refund,
        createdAt,
        updatedAt,
        itemsCents,
        extra,
        fee,
        covered);
  }

  private static long totalCents(List<DonationItem> lines) {
    long total = 0;
    for (DonationItem line : lines) {
      total += line.totalCents();
    }
    return total;
  }

  private static PaymentMethod payment(Rng rng) {
    double draw = rng.nextDouble();
    if (draw < 0.88) {
      return new PaymentMethod(
          "CreditCard", String.valueOf(1_000 + rng.nextInt(9_000)), rng.pick(CARD_TYPES));
    }
    String type = draw < 0.93 ? "Check" : draw < 0.97 ? "Cash" : "PayPal";
    return new PaymentMethod(type, null, null);
  }

  private static String pendingOrPaid(Rng rng, PaymentMethod payment) {
    return payment.type().equals("Check") && rng.chance(0.3) ? "Pending" : "Paid";
  }

  /** Card fees are 2.9% + 30c, PayPal 2.2% + 30c; cash and checks cost nothing. */
  private static long fee(PaymentMethod payment, long baseCents) {
    return switch (payment.type()) {
      case "CreditCard" -> Math.round(baseCents * 0.029) + 30;
      case "PayPal" -> Math.round(baseCents * 0.022) + 30;
      default -> 0;
    };
  }

  private List<Pick> picks(Rng rng, Campaign campaign) {
    List<CampaignItem> items = itemsByCampaign.getOrDefault(campaign.id(), List.of());
    if (items.isEmpty()) {
      return List.of();
    }
    boolean auction = campaign.type() == CampaignType.AUCTION;
    int lineCount = auction ? 1 : Math.min(items.size(), rng.chance(0.7) ? 1 : rng.between(2, 3));
    List<CampaignItem> pool = new ArrayList<>(items);
    List<Pick> picks = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      // The cheaper of two random items: supporters buy cheap items more often.
      int first = rng.nextInt(pool.size());
      int second = rng.nextInt(pool.size());
      boolean cheaper = pool.get(first).priceCents() <= pool.get(second).priceCents();
      CampaignItem item = pool.remove(cheaper ? first : second);
      int quantity = auction || rng.chance(0.7) ? 1 : rng.chance(0.6) ? 2 : rng.between(3, 5);
      sold.computeIfAbsent(item.id(), id -> new int[1])[0] += quantity;
      picks.add(new Pick(item, quantity));
    }
    return picks;
  }

  private static List<DonationItem> lines(Campaign campaign, List<Pick> picks) {
    List<DonationItem> lines = new ArrayList<>(picks.size());
    for (Pick pick : picks) {
      CampaignItem item = pick.item();
      String type = campaign.type().donationItemType();
      lines.add(
          new DonationItem(item.id(), item.title(), pick.quantity(), type, item.priceCents()));
    }
    return List.copyOf(lines);
  }

  private List<TicketBlock> tickets(Campaign campaign, List<Pick> picks) {
    if (!campaign.type().numbersEntries()) {
      return List.of();
    }
    int[] next = nextEntryNumber.computeIfAbsent(campaign.id(), id -> new int[] {1});
    String kind = campaign.type() == CampaignType.RAFFLE ? "Online Tickets" : "Online Entries";
    List<TicketBlock> blocks = new ArrayList<>(picks.size());
    for (Pick pick : picks) {
      int entries = pick.item().bundleQuantity() * pick.quantity();
      long amount = pick.item().priceCents() * pick.quantity();
      blocks.add(new TicketBlock(amount, next[0], next[0] + entries - 1, kind));
      next[0] += entries;
    }
    return List.copyOf(blocks);
  }
}
