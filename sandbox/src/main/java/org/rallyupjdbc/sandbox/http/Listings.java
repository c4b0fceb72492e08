package org.rallyupjdbc.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.json.AthonWriters;
import org.rallyupjdbc.sandbox.json.CachedWriter;
import org.rallyupjdbc.sandbox.json.DonationWriter;
import org.rallyupjdbc.sandbox.json.NoticeWriters;
import org.rallyupjdbc.sandbox.json.OrgWriters;
import org.rallyupjdbc.sandbox.json.PartnerWriters;
import org.rallyupjdbc.sandbox.json.TransactionWriters;
import org.rallyupjdbc.sandbox.json.WinnerWriters;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.Organization;

/** The list endpoints: the v3 arrays, and everything {@code /_sandbox/dump} shows. */
final class Listings {
  private Listings() {}

  /** The v3 array endpoints, each in ascending id order, rendering each record once. */
  static List<Listing<?>> v3(Dataset data, Paths paths) {
    Dataset.Activity a = data.activity();
    return List.of(
        new Listing<>(
            "/v3/api/transactionItems",
            () -> transactionItems(data, null),
            CachedWriter.of(TransactionWriters::transactionItem)),
        new Listing<>(
            "/v3/api/auctionBids", a::auctionBids, CachedWriter.of(TransactionWriters::auctionBid)),
        new Listing<>(
            "/v3/api/recurringDonations",
            a::recurringDonations,
            CachedWriter.of(TransactionWriters::recurringDonation)),
        new Listing<>(
            "/v3/api/liveStreamStatus", a::liveStreams, CachedWriter.of(NoticeWriters::liveStream)),
        new Listing<>(
            "/v3/api/campaignUpdates",
            a::campaignUpdates,
            CachedWriter.of(NoticeWriters::campaignUpdate)),
        new Listing<>(
            "/v3/api/raffleWinners", a::raffleWinners, CachedWriter.of(WinnerWriters::prizeWinner)),
        new Listing<>(
            paths.sweepstakesWinners(),
            a::sweepstakesWinners,
            CachedWriter.of(WinnerWriters::prizeWinner)),
        new Listing<>(
            paths.auctionWinners(),
            a::auctionWinners,
            CachedWriter.of(WinnerWriters::auctionWinner)),
        new Listing<>(
            "/v3/api/activityResults",
            a::activityResults,
            CachedWriter.of(AthonWriters::activityResult)),
        new Listing<>(
            "/v3/api/participants", a::participants, CachedWriter.of(AthonWriters::participant)),
        new Listing<>("/v3/api/teams", a::teams, CachedWriter.of(AthonWriters::team)),
        new Listing<>(
            "/v3/api/contactOrganizerMessages",
            a::contactMessages,
            CachedWriter.of(NoticeWriters::contactMessage)));
  }

  /** Donations whose campaign type has an activity array, optionally of one type only. */
  static List<Donation> transactionItems(Dataset data, CampaignType only) {
    return data.donations().all().stream()
        .filter(d -> d.campaign().type().hasActivityArray())
        .filter(d -> only == null || d.campaign().type() == only)
        .toList();
  }

  /** The demo organization's campaigns, newest first, as listcampaigns pages them. */
  static List<Campaign> listCampaigns(Dataset data) {
    return Listing.newestFirst(data.campaignsOf(data.demoOrganization().id()));
  }

  /**
   * Every list endpoint's records, keyed by served path. Partner lists hold all organizations'
   * records; org users are keyed per organization because their records do not name it.
   */
  static List<Listing<?>> dump(Dataset data, Paths paths) {
    List<Listing<?>> all = new ArrayList<>();
    all.add(
        new Listing<>(
            paths.org("listcampaigns"), () -> listCampaigns(data), OrgWriters.campaign(data)));
    all.add(
        new Listing<>(
            paths.org("listdonations"),
            () -> Listing.newestFirst(data.donations().all()),
            DonationWriter::write));
    all.addAll(v3(data, paths));
    List<Organization> orgs = Listing.newestFirst(data.partner().organizations());
    all.add(
        new Listing<>("/v1/partnerapi/organizations", () -> orgs, PartnerWriters::organization));
    all.add(
        new Listing<>(
            "/v1/partnerapi/campaigns",
            () -> Listing.newestFirst(data.campaigns()),
            PartnerWriters.campaign(data)));
    all.add(
        new Listing<>("/v1/partnerapi/campaignitems", data::items, PartnerWriters::campaignItem));
    for (Organization org : orgs) {
      all.add(
          new Listing<>(
              "/v1/partnerapi/listorgusers?OrganizationID=" + org.id(),
              () -> data.partner().members(org.id()),
              PartnerWriters::orgUser));
    }
    all.add(new Listing<>(paths.org("finduser/{user_email}"), data::people, OrgWriters::user));
    return all;
  }
}
