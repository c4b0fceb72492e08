package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rallyupjdbc.sandbox.model.ActivityResult;
import org.rallyupjdbc.sandbox.model.AuctionBid;
import org.rallyupjdbc.sandbox.model.AuctionWinner;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignTotals;
import org.rallyupjdbc.sandbox.model.CampaignUpdate;
import org.rallyupjdbc.sandbox.model.ContactMessage;
import org.rallyupjdbc.sandbox.model.LiveStream;
import org.rallyupjdbc.sandbox.model.Organization;
import org.rallyupjdbc.sandbox.model.Participant;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.PrizeWinner;
import org.rallyupjdbc.sandbox.model.RecurringDonation;
import org.rallyupjdbc.sandbox.model.Team;

/**
 * Everything the sandbox serves. Lists are immutable and in id order; the donations and the partner
 * directory may change (drift, partner writes) and hand out snapshots.
 */
public final class Dataset {
  /** The v3 record lists, which never change after generation. */
  public record Activity(
      List<AuctionBid> auctionBids,
      List<AuctionWinner> auctionWinners,
      List<PrizeWinner> raffleWinners,
      List<PrizeWinner> sweepstakesWinners,
      List<RecurringDonation> recurringDonations,
      List<LiveStream> liveStreams,
      List<CampaignUpdate> campaignUpdates,
      List<Team> teams,
      List<Participant> participants,
      List<ActivityResult> activityResults,
      List<ContactMessage> contactMessages) {}

  private final Organization demo;
  private final List<Person> people;
  private final Map<String, Person> peopleByEmail = new HashMap<>();
  private final List<Campaign> campaigns;
  private final Map<Long, Campaign> campaignsById = new HashMap<>();
  private final Map<Long, List<Campaign>> campaignsByOrg = new LinkedHashMap<>();
  private final Map<Long, CampaignTotals> totals;
  private final List<CampaignItem> items;
  private final Map<Long, List<CampaignItem>> itemsByCampaign = new HashMap<>();
  private final DonationLedger donations;
  private final PartnerDirectory partner;
  private final Activity activity;
  private final String apiUserGuid;

  Dataset(
      Organization demo,
      List<Person> people,
      List<Campaign> campaigns,
      Map<Long, CampaignTotals> totals,
      List<CampaignItem> items,
      DonationLedger donations,
      PartnerDirectory partner,
      Activity activity,
      String apiUserGuid) {
    this.demo = demo;
    this.people = people;
    this.campaigns = campaigns;
    this.totals = Collections.unmodifiableMap(totals);
    this.items = items;
    this.donations = donations;
    this.partner = partner;
    this.activity = activity;
    this.apiUserGuid = apiUserGuid;
    for (Person person : people) {
      peopleByEmail.put(person.email().toLowerCase(Locale.ROOT), person);
    }
    for (Campaign campaign : campaigns) {
      campaignsById.put(campaign.id(), campaign);
      campaignsByOrg
          .computeIfAbsent(campaign.organizationId(), id -> new ArrayList<>())
          .add(campaign);
    }
    for (CampaignItem item : items) {
      itemsByCampaign.computeIfAbsent(item.campaign().id(), id -> new ArrayList<>()).add(item);
    }
  }

  /** The organization the organization API serves. */
  public Organization demoOrganization() {
    return demo;
  }

  /** All users, by ascending UserId. */
  public List<Person> people() {
    return people;
  }

  /** Finds a user by e-mail, ignoring case. */
  public Optional<Person> person(String email) {
    return Optional.ofNullable(peopleByEmail.get(email.toLowerCase(Locale.ROOT)));
  }

  /** Every organization's campaigns, by ascending id. */
  public List<Campaign> campaigns() {
    return campaigns;
  }

  public Optional<Campaign> campaign(long id) {
    return Optional.ofNullable(campaignsById.get(id));
  }

  /** One organization's campaigns, by ascending id. */
  public List<Campaign> campaignsOf(long organizationId) {
    return campaignsByOrg.getOrDefault(organizationId, List.of());
  }

  public CampaignTotals totals(Campaign campaign) {
    return totals.get(campaign.id());
  }

  /** Every campaign item, by ascending id. */
  public List<CampaignItem> items() {
    return items;
  }

  /** One campaign's items, by ascending id. */
  public List<CampaignItem> itemsOf(long campaignId) {
    return itemsByCampaign.getOrDefault(campaignId, List.of());
  }

  public DonationLedger donations() {
    return donations;
  }

  public PartnerDirectory partner() {
    return partner;
  }

  public Activity activity() {
    return activity;
  }

  /** The GUID user name of the organization's API login (version endpoint). */
  public String apiUserGuid() {
    return apiUserGuid;
  }
}
