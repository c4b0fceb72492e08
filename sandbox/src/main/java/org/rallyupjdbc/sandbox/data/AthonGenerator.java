package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rallyupjdbc.sandbox.model.ActivityResult;
import org.rallyupjdbc.sandbox.model.AthonActivity;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Participant;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.Team;

/**
 * Generates a-thon teams, participants and their logged activity. A participant's
 * ParticipantUnitsCompleted is the sum of their activity results.
 */
final class AthonGenerator {
  /** Everything the a-thon endpoints serve. */
  record Athons(List<Team> teams, List<Participant> participants, List<ActivityResult> results) {}

  private final Rng rng;
  private final SupporterPool pool;
  private final IdSequence teamIds;
  private final IdSequence participantIds;
  private final IdSequence resultIds;
  private final List<Team> teams = new ArrayList<>();
  private final List<Participant> participants = new ArrayList<>();
  private final List<ActivityResult> results = new ArrayList<>();

  private AthonGenerator(long seed, SupporterPool pool) {
    this.rng = Rng.of(seed, "athons");
    this.pool = pool;
    this.teamIds = new IdSequence(rng, 2_800, 200, 3);
    this.participantIds = new IdSequence(rng, 37_000, 1_000, 3);
    this.resultIds = new IdSequence(rng, 20, 20, 2);
  }

  static Athons generate(long seed, List<Campaign> campaigns, SupporterPool pool) {
    AthonGenerator generator = new AthonGenerator(seed, pool);
    for (Campaign campaign : campaigns) {
      if (campaign.type() == CampaignType.ATHON) {
        generator.athon(campaign);
      }
    }
    return new Athons(
        List.copyOf(generator.teams),
        List.copyOf(generator.participants),
        List.copyOf(generator.results));
  }

  private void athon(Campaign campaign) {
    AthonActivity activity = activityOf(campaign.name());
    List<Team> campaignTeams = teams(campaign);
    Set<String> registered = new HashSet<>();
    int count = rng.between(15, 60);
    long to = Math.min(campaign.endAt(), Timeline.AS_OF);
    for (int i = 0; i < count; i++) {
      Person person = pool.pick(rng);
      // One registration per name: activity results identify participants by name only.
      if (!registered.add(person.fullName())) {
        continue;
      }
      String team = rng.chance(0.8) ? rng.pick(campaignTeams).name() : null;
      long[] logged = logged(activity);
      long id = participantIds.next(rng);
      Participant participant =
          new Participant(
              id,
              campaign,
              person,
              team,
              rng.pick(Texts.REGISTRATION_OPTIONS),
              activity,
              Arrays.stream(logged).sum(),
              rng.chance(0.5) ? null : rng.between(1, 20) * 5_000L,
              rng.chance(0.6) ? null : rng.between(5, 100),
              Slugs.permanent(id, 0x9A7E),
              Slugs.friendly(person.fullName(), id),
              rng.pick(Texts.PAGE_DESCRIPTIONS));
      participants.add(participant);
      for (long units : logged) {
        long at = rng.millisBetween(campaign.startAt(), to);
        results.add(new ActivityResult(resultIds.next(rng), participant, units, at));
      }
    }
  }

  private List<Team> teams(Campaign campaign) {
    List<String> names = new ArrayList<>(Texts.TEAM_NAMES);
    List<Team> campaignTeams = new ArrayList<>();
    int count = rng.between(3, 8);
    for (int i = 0; i < count; i++) {
      String name = names.remove(rng.nextInt(names.size()));
      long id = teamIds.next(rng);
      campaignTeams.add(
          new Team(
              id,
              campaign,
              name,
              rng.pick(Texts.REGISTRATION_OPTIONS),
              rng.pick(Texts.PAGE_DESCRIPTIONS),
              pool.pick(rng).email(),
              rng.chance(0.5) ? null : rng.between(1, 40) * 25_000L,
              Slugs.permanent(id, 0x7EA3),
              Slugs.friendly(name, id)));
    }
    teams.addAll(campaignTeams);
    return campaignTeams;
  }

  /** What the a-thon's name says it counts. */
  private static AthonActivity activityOf(String name) {
    if (name.startsWith("Read")) {
      return AthonActivity.READ;
    }
    if (name.startsWith("Swim")) {
      return AthonActivity.SWIM;
    }
    if (name.startsWith("Walk")) {
      return AthonActivity.WALK;
    }
    return name.startsWith("Jump") ? AthonActivity.JUMP : AthonActivity.RUN;
  }

  /** Units logged per entry, in hundredths: miles with decimals, books and laps whole. */
  private long[] logged(AthonActivity activity) {
    long[] entries = new long[rng.between(0, 6)];
    for (int i = 0; i < entries.length; i++) {
      entries[i] =
          switch (activity) {
            case RUN, WALK -> rng.between(50, 1_310);
            case READ -> rng.between(1, 5) * 100L;
            case SWIM -> rng.between(10, 100) * 100L;
            case JUMP -> rng.between(50, 1_000) * 100L;
          };
    }
    return entries;
  }
}
