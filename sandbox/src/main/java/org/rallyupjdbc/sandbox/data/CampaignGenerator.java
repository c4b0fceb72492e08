package org.rallyupjdbc.sandbox.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.TimeZoneInfo;

/** Generates campaigns for every organization; ids ascend with the start date, across orgs. */
final class CampaignGenerator {
  static final int DEMO_PER_TYPE = 8;

  /** A campaign before its id is known: ids are given in start-date order. */
  private record Draft(Organization org, CampaignType type, long start, long end, int order) {}

  private CampaignGenerator() {}

  static List<Campaign> generate(long seed, int scale, List<Organization> orgs) {
    Rng rng = Rng.of(seed, "campaigns");
    List<Draft> drafts = new ArrayList<>();
    for (Organization org : orgs) {
      boolean demo = org == orgs.get(0);
      int count = demo ? DEMO_PER_TYPE * CampaignType.values().length : rng.between(3, 6);
      for (int i = 0; i < count * scale; i++) {
        CampaignType type =
            demo
                ? CampaignType.values()[i % CampaignType.values().length]
                : CampaignType.values()[rng.nextInt(CampaignType.values().length)];
        long start = rng.millisBetween(Timeline.START, Timeline.AS_OF - 14 * Timeline.DAY);
        drafts.add(new Draft(org, type, start, end(rng, type, start), drafts.size()));
      }
    }
    drafts.sort(Comparator.comparingLong(Draft::start).thenComparingInt(Draft::order));
    List<Campaign> campaigns = new ArrayList<>(drafts.size());
    IdSequence ids = new IdSequence(rng, 40_000, 5_000, 40);
    for (Draft draft : drafts) {
      campaigns.add(campaign(rng, ids.next(rng), draft));
    }
    return List.copyOf(campaigns);
  }

  private static long end(Rng rng, CampaignType type, long start) {
    int days =
        switch (type) {
          case AUCTION -> rng.between(7, 30);
          case ATHON -> rng.between(14, 60);
          case SALE, TICKETING -> rng.between(14, 90);
          case RAFFLE, SWEEPSTAKES, CROWDFUNDING -> rng.between(30, 120);
          case GENERAL_DONATION -> rng.between(180, 700);
        };
    // Campaigns end at 23:59 Pacific, like the documented sample's "07:59:00" UTC end.
    long day = (start / Timeline.DAY + days) * Timeline.DAY;
    return Math.min(day + 7 * Timeline.HOUR + 59 * Timeline.MINUTE, Timeline.END);
  }

  private static Campaign campaign(Rng rng, long id, Draft draft) {
    int year = Instant.ofEpochMilli(draft.start()).atOffset(ZoneOffset.UTC).getYear();
    String name =
        rng.pick(Texts.CAMPAIGN_NAMES.get(draft.type())).replace("{year}", String.valueOf(year));
    return new Campaign(
        id,
        draft.org().id(),
        draft.type(),
        name,
        Slugs.permanent(id, 0x5A11),
        Slugs.friendly(name, id),
        status(draft.end()),
        draft.start(),
        draft.end(),
        rng.chance(0.3) ? null : rng.skewedCents(50_000, 5_000_000),
        TimeZoneInfo.values()[rng.nextInt(TimeZoneInfo.values().length)],
        "https://s3.amazonaws.com/rallyup-campaigns/" + rng.hex(32) + ".jpg");
  }

  private static String status(long end) {
    if (end > Timeline.AS_OF) {
      return "Started";
    }
    long sinceEnd = Timeline.AS_OF - end;
    if (sinceEnd < 7 * Timeline.DAY) {
      return "Processing";
    }
    return sinceEnd < 60 * Timeline.DAY ? "Ended" : "Completed";
  }
}
