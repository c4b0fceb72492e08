package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.PrizeWinner;
import org.rallyupjdbc.sandbox.model.TicketBlock;

/**
 * Draws raffle and sweepstakes winners of ended campaigns: each drawn number lies in a ticket block
 * of a transaction by the winner.
 */
final class PrizeDrawGenerator {
  /** A ticket block and the transaction that bought it. */
  private record Holder(TicketBlock block, Donation donation) {}

  private PrizeDrawGenerator() {}

  static List<PrizeWinner> draw(
      long seed, CampaignType type, List<Campaign> campaigns, List<Donation> donations) {
    Rng rng = Rng.of(seed, "draw-" + type.apiName());
    Map<Long, List<Holder>> holders = new LinkedHashMap<>();
    for (Donation donation : donations) {
      if (donation.campaign().type() == type && donation.refund() == null) {
        for (TicketBlock block : donation.tickets()) {
          holders
              .computeIfAbsent(donation.campaign().id(), id -> new ArrayList<>())
              .add(new Holder(block, donation));
        }
      }
    }
    String prefix = type == CampaignType.RAFFLE ? "W" : "T";
    List<PrizeWinner> winners = new ArrayList<>();
    IdSequence ids = new IdSequence(rng, 1, 5, 3);
    for (Campaign campaign : campaigns) {
      List<Holder> sold = holders.get(campaign.id());
      if (campaign.type() != type || campaign.endAt() >= Timeline.AS_OF || sold == null) {
        continue;
      }
      int prizes = type == CampaignType.RAFFLE ? rng.between(1, 3) : rng.between(1, 2);
      Set<Integer> drawn = new HashSet<>();
      for (int p = 0; p < prizes; p++) {
        Holder holder = sold.get(rng.nextInt(sold.size()));
        int number = rng.between(holder.block().firstNumber(), holder.block().lastNumber());
        if (drawn.add(number)) {
          winners.add(
              new PrizeWinner(
                  ids.next(rng),
                  campaign,
                  holder.donation().supporter().person(),
                  rng.pick(Texts.PRIZES),
                  prefix + number));
        }
      }
    }
    return List.copyOf(winners);
  }
}
