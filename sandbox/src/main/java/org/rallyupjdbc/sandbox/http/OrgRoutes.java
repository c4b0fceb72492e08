package org.rallyupjdbc.sandbox.http;

import java.util.List;
import java.util.Optional;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.data.DonationLedger;
import org.rallyupjdbc.sandbox.json.CachedWriter;
import org.rallyupjdbc.sandbox.json.DonationWriter;
import org.rallyupjdbc.sandbox.json.OrgWriters;
import org.rallyupjdbc.sandbox.json.RecordWriter;
import org.rallyupjdbc.sandbox.json.TransactionWriters;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.Person;

/** The organization API (org token): v1/v2 enveloped endpoints and the v3 arrays. */
final class OrgRoutes {
  private final Dataset data;
  private final Pager pager;
  private final boolean drift;
  private final boolean ignoreListFilters;
  private final RecordWriter<Campaign> campaignWriter;
  private final RecordWriter<Donation> donationWriter = CachedWriter.of(DonationWriter::write);

  private OrgRoutes(Dataset data, Pager pager, SandboxOptions options) {
    this.data = data;
    this.pager = pager;
    this.drift = options.drift();
    this.ignoreListFilters = options.ignoreListFilters();
    this.campaignWriter = OrgWriters.campaign(data);
  }

  static void register(
      Router router, Dataset data, Paths paths, Pager pager, SandboxOptions options) {
    OrgRoutes routes = new OrgRoutes(data, pager, options);
    Access org = Access.ORGANIZATION;
    router.add(
        "GET",
        paths.org("version"),
        org,
        r -> Reply.ok(g -> OrgWriters.version(g, data.apiUserGuid())));
    router.add("GET", paths.org("finduser/{user_email}"), org, routes::findUser);
    router.add("GET", paths.org("campaign/{campaignId}"), org, routes::campaign);
    router.add(
        "GET",
        paths.org("listcampaigns"),
        org,
        r -> pager.page(r, Listings.listCampaigns(data), routes.campaignWriter));
    router.add("GET", paths.org("listdonations"), org, routes::listDonations);
    for (Listing<?> listing : Listings.v3(data, paths)) {
      router.add("GET", listing.key(), org, r -> listing.arrayReply());
    }
    router.add("GET", "/v3/api/transactionItems/{campaignType}", org, routes::transactionItemsOf);
  }

  private Reply findUser(Request request) {
    Person person =
        data.person(request.pathParam()).orElseThrow(() -> ApiError.notFound("User not found."));
    return Reply.ok(g -> OrgWriters.user(g, person));
  }

  private Reply campaign(Request request) {
    long id = Params.parseId("campaignId", request.pathParam());
    Campaign campaign =
        data.campaign(id)
            .filter(c -> c.organizationId() == data.demoOrganization().id())
            .orElseThrow(() -> ApiError.notFound("Campaign not found."));
    return Reply.ok(g -> campaignWriter.write(g, campaign));
  }

  /**
   * Newest first, filtered by {@code startDate}/{@code endDate} (whole UTC days of
   * TransactionCreatedDate, inclusive) and {@code campaignId}, ANDed; paging applies to what is
   * left. With --ignore-list-filters the filters are neither read nor checked. The parameters are
   * checked before drift adds donations, so a rejected request changes nothing.
   */
  private Reply listDonations(Request request) {
    DayRange created = ignoreListFilters ? DayRange.ALL : Params.dayRange(request);
    Optional<Long> campaignId =
        ignoreListFilters ? Optional.empty() : Params.optionalId(request, "campaignId");
    DonationLedger ledger = data.donations();
    if (drift) {
      ledger.arrive();
    }
    List<Donation> selected = select(ledger.all(), created, campaignId);
    return pager.page(request, Listing.newestFirst(selected), donationWriter);
  }

  /**
   * The donations (oldest first, as the ledger keeps them) created in the range and, if given, of
   * the campaign. Selects the ledger's own record objects, so the cached rendering of each is
   * reused: a view of the ledger for a date range, a copy of the references for a campaign.
   */
  static List<Donation> select(
      List<Donation> oldestFirst, DayRange created, Optional<Long> campaignId) {
    int low = firstCreatedAtOrAfter(oldestFirst, created.from());
    int high =
        created.to() == Long.MAX_VALUE
            ? oldestFirst.size()
            : firstCreatedAtOrAfter(oldestFirst, created.to() + 1);
    List<Donation> inRange = oldestFirst.subList(low, Math.max(low, high));
    if (campaignId.isEmpty()) {
      return inRange;
    }
    long wanted = campaignId.get();
    return inRange.stream().filter(d -> d.campaign().id() == wanted).toList();
  }

  private Reply transactionItemsOf(Request request) {
    CampaignType type =
        CampaignType.fromApiName(request.pathParam())
            .orElseThrow(
                () -> ApiError.badRequest("Unknown campaign type '" + request.pathParam() + "'."));
    return new Listing<>(
            request.path(),
            () -> Listings.transactionItems(data, type),
            TransactionWriters::transactionItem)
        .arrayReply();
  }

  /** Binary search over donations sorted by creation time. */
  private static int firstCreatedAtOrAfter(List<Donation> donations, long millis) {
    int low = 0;
    int high = donations.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (donations.get(mid).createdAt() < millis) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
