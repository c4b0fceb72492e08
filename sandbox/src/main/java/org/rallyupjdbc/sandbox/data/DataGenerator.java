package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.Person;

/** Builds the whole data set from a seed and a scale; the same inputs give the same data. */
public final class DataGenerator {
  /** Users per unit of scale. */
  static final int PEOPLE_PER_SCALE = 5_000;

  private DataGenerator() {}

  public static Dataset generate(long seed, int scale) {
    List<Organization> orgs = OrganizationGenerator.generate(seed);
    Organization demo = orgs.get(0);
    List<Person> people = PeopleGenerator.generate(seed, PEOPLE_PER_SCALE * scale);
    List<Campaign> campaigns = CampaignGenerator.generate(seed, scale, orgs);
    List<Campaign> demoCampaigns =
        campaigns.stream().filter(c -> c.organizationId() == demo.id()).toList();
    List<CampaignItem> draftItems = ItemGenerator.generate(seed, campaigns);
    Map<Long, List<CampaignItem>> draftsByCampaign = new HashMap<>();
    for (CampaignItem item : draftItems) {
      draftsByCampaign.computeIfAbsent(item.campaign().id(), id -> new ArrayList<>()).add(item);
    }
    SupporterPool pool = new SupporterPool(seed, people);
    DonationFactory factory = new DonationFactory(draftsByCampaign, pool);
    List<Donation> donations = DonationGenerator.generate(seed, scale, demoCampaigns, factory);
    List<CampaignItem> items = Totals.itemSales(seed, draftItems, factory);
    Map<Long, List<OrgUser>> members = OrgUserGenerator.generate(seed, orgs, people);
    List<CampaignItem> demoItems =
        items.stream().filter(item -> item.campaign().organizationId() == demo.id()).toList();
    AuctionGenerator.Auctions auctions = AuctionGenerator.generate(seed, demoItems, pool);
    AthonGenerator.Athons athons = AthonGenerator.generate(seed, demoCampaigns, pool);
    Dataset.Activity activity =
        new Dataset.Activity(
            auctions.bids(),
            auctions.winners(),
            PrizeDrawGenerator.draw(seed, CampaignType.RAFFLE, demoCampaigns, donations),
            PrizeDrawGenerator.draw(seed, CampaignType.SWEEPSTAKES, demoCampaigns, donations),
            RecurringGenerator.generate(seed, donations),
            EngagementGenerator.liveStreams(seed, demoCampaigns),
            EngagementGenerator.updates(seed, demoCampaigns, members.get(demo.id())),
            athons.teams(),
            athons.participants(),
            athons.results(),
            EngagementGenerator.messages(seed, demoCampaigns, pool));
    return new Dataset(
        demo,
        people,
        campaigns,
        Totals.campaigns(seed, campaigns, donations, demo.id()),
        items,
        new DonationLedger(seed, donations, factory, demoCampaigns),
        new PartnerDirectory(partnerOrganizations(seed, orgs), members),
        activity,
        guid(seed));
  }

  /** The organizations with activity, then those without. */
  private static List<Organization> partnerOrganizations(long seed, List<Organization> active) {
    List<Organization> all = new ArrayList<>(active);
    all.addAll(OrganizationGenerator.withoutActivity(seed, active));
    return all;
  }

  private static String guid(long seed) {
    Rng rng = Rng.of(seed, "api-user");
    long high = rng.nextLong() & ~0xF000L | 0x4000L;
    long low = rng.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
