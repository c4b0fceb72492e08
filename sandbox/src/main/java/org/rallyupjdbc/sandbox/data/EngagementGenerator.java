package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignUpdate;
import org.rallyupjdbc.sandbox.model.ContactMessage;
import org.rallyupjdbc.sandbox.model.LiveStream;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Person;

/** Generates live streams, campaign updates and contact-organizer messages. */
final class EngagementGenerator {
  private EngagementGenerator() {}

  static List<LiveStream> liveStreams(long seed, List<Campaign> campaigns) {
    Rng rng = Rng.of(seed, "live-streams");
    List<LiveStream> streams = new ArrayList<>();
    for (Campaign campaign : campaigns) {
      if (!rng.chance(0.2)) {
        continue;
      }
      long to = Math.min(campaign.endAt(), Timeline.AS_OF);
      long setup = rng.millisBetween(campaign.startAt(), to - Timeline.DAY);
      long start = setup + rng.between(5, 120) * Timeline.MINUTE;
      boolean active = campaign.endAt() > Timeline.AS_OF && rng.chance(0.5);
      streams.add(
          new LiveStream(
              campaign,
              active,
              "https://www.youtube.com/watch?v=" + rng.hex(11),
              setup,
              start,
              active ? null : start + rng.between(30, 240) * Timeline.MINUTE));
    }
    return List.copyOf(streams);
  }

  static List<CampaignUpdate> updates(long seed, List<Campaign> campaigns, List<OrgUser> admins) {
    Rng rng = Rng.of(seed, "updates");
    IdSequence ids = new IdSequence(rng, 90, 10, 3);
    List<CampaignUpdate> updates = new ArrayList<>();
    for (Campaign campaign : campaigns) {
      int count = rng.between(0, 4);
      long to = Math.min(campaign.endAt(), Timeline.AS_OF);
      for (int i = 0; i < count; i++) {
        updates.add(
            new CampaignUpdate(
                ids.next(rng),
                campaign,
                rng.pick(Texts.UPDATE_TITLES),
                rng.pick(Texts.UPDATE_BODIES),
                rng.pick(admins).person().fullName(),
                rng.millisBetween(campaign.startAt(), to)));
      }
    }
    return List.copyOf(updates);
  }

  static List<ContactMessage> messages(long seed, List<Campaign> campaigns, SupporterPool pool) {
    Rng rng = Rng.of(seed, "messages");
    IdSequence ids = new IdSequence(rng, 1, 5, 2);
    List<ContactMessage> messages = new ArrayList<>();
    for (Campaign campaign : campaigns) {
      int count = rng.between(0, 3);
      for (int i = 0; i < count; i++) {
        Person sender = pool.pick(rng);
        int topic = rng.nextInt(Texts.MESSAGE_SUBJECTS.size());
        messages.add(
            new ContactMessage(
                ids.next(rng),
                campaign,
                sender,
                Texts.MESSAGE_SUBJECTS.get(topic),
                Texts.MESSAGE_BODIES.get(topic)));
      }
    }
    return List.copyOf(messages);
  }
}
