package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.Donation;

/**
 * Generates the demo organization's donations: popular campaigns get many, dates fall inside each
 * campaign's run, and TransactionIds ascend with the creation date.
 */
final class DonationGenerator {
  static final int PER_SCALE = 20_000;

  private DonationGenerator() {}

  static List<Donation> generate(
      long seed, int scale, List<Campaign> campaigns, DonationFactory factory) {
    Rng rng = Rng.of(seed, "donations");
    double[] cumulative = new double[campaigns.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += Math.pow(1 - rng.nextDouble(), -0.5);
      cumulative[i] = sum;
    }
    int count = PER_SCALE * scale;
    // Each draw is packed as (milliseconds since START) << 24 | campaign index, so sorting
    // primitive longs orders donations by date, ties by campaign.
    long[] draws = new long[count];
    for (int i = 0; i < count; i++) {
      int found = Arrays.binarySearch(cumulative, rng.nextDouble() * sum);
      int index = Math.min(found < 0 ? -found - 1 : found, campaigns.size() - 1);
      Campaign campaign = campaigns.get(index);
      long at = rng.millisBetween(campaign.startAt(), Math.min(campaign.endAt(), Timeline.AS_OF));
      draws[i] = (at - Timeline.START) << 24 | index;
    }
    Arrays.sort(draws);
    List<Donation> donations = new ArrayList<>(count);
    IdSequence ids = new IdSequence(rng, 100_000, 50_000, 4);
    for (long draw : draws) {
      Campaign campaign = campaigns.get((int) (draw & 0xFFFFFF));
      donations.add(factory.create(rng, ids.next(rng), campaign, Timeline.START + (draw >>> 24)));
    }
    return donations;
  }
}
