package org.rallyupjdbc.sandbox.http;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.json.PartnerWriters;
import org.rallyupjdbc.sandbox.json.RecordWriter;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Organization;

/** The Partner API read endpoints (partner token). Lists are newest first, like the samples. */
final class PartnerRoutes {
  private static final Comparator<Campaign> NEWEST =
      Comparator.comparingLong(Campaign::id).reversed();

  private final Dataset data;
  private final Pager pager;
  private final RecordWriter<Campaign> campaignWriter;

  private PartnerRoutes(Dataset data, Pager pager) {
    this.data = data;
    this.pager = pager;
    this.campaignWriter = PartnerWriters.campaign(data);
  }

  static void register(Router router, Dataset data, Pager pager) {
    PartnerRoutes routes = new PartnerRoutes(data, pager);
    Access partner = Access.PARTNER;
    router.add("GET", "/v1/partnerapi/organizations", partner, routes::organizations);
    router.add("GET", "/v1/partnerapi/organizations/{id}", partner, routes::organization);
    router.add("GET", "/v1/partnerapi/campaigns", partner, routes::campaigns);
    router.add("GET", "/v1/partnerapi/campaigns/{id}", partner, routes::campaign);
    router.add("GET", "/v1/partnerapi/campaignitems", partner, routes::campaignItems);
    router.add("GET", "/v1/partnerapi/listorgusers", partner, routes::orgUsers);
  }

  /** startDate/endDate filter on the (unrendered) date the organization joined. */
  private Reply organizations(Request request) {
    DayRange joined = Params.dayRange(request);
    List<Organization> orgs =
        data.partner().organizations().stream()
            .filter(org -> joined.contains(org.createdAt()))
            .toList();
    return pager.page(request, Listing.newestFirst(orgs), PartnerWriters::organization);
  }

  private Reply organization(Request request) {
    Organization org = organization(Params.parseId("id", request.pathParam()));
    return Reply.ok(g -> PartnerWriters.organization(g, org));
  }

  /**
   * organizationID is required. startDate/endDate filter StartDateUtc; campaignType and status
   * match ignoring case; donation pages (GeneralDonation) only with includeDonationPages=true.
   */
  private Reply campaigns(Request request) {
    Organization org = organization(Params.requiredId(request, "organizationID"));
    DayRange started = Params.dayRange(request);
    Optional<CampaignType> type =
        request
            .query("campaignType")
            .map(
                name ->
                    CampaignType.fromApiName(name)
                        .orElseThrow(() -> Params.invalid("campaignType", name)));
    Optional<String> status = request.query("status");
    boolean donationPages = Params.bool(request, "includeDonationPages").orElse(false);
    Comparator<Campaign> order =
        request.query("sortBy").map(PartnerRoutes::sortOrder).orElse(NEWEST);
    List<Campaign> campaigns =
        data.campaignsOf(org.id()).stream()
            .filter(c -> started.contains(c.startAt()))
            .filter(c -> type.isEmpty() || c.type() == type.get())
            .filter(c -> status.isEmpty() || c.status().equalsIgnoreCase(status.get()))
            .filter(c -> donationPages || c.type() != CampaignType.GENERAL_DONATION)
            .sorted(order)
            .toList();
    return pager.page(request, campaigns, campaignWriter);
  }

  private Reply campaign(Request request) {
    long id = Params.parseId("id", request.pathParam());
    Campaign campaign =
        data.campaign(id).orElseThrow(() -> ApiError.notFound("Campaign not found."));
    return Reply.ok(g -> campaignWriter.write(g, campaign));
  }

  private Reply campaignItems(Request request) {
    long id = Params.requiredId(request, "campaignID");
    data.campaign(id).orElseThrow(() -> ApiError.notFound("Campaign not found."));
    return pager.page(request, data.itemsOf(id), PartnerWriters::campaignItem);
  }

  private Reply orgUsers(Request request) {
    Organization org = organization(Params.requiredId(request, "OrganizationID"));
    return pager.page(request, data.partner().members(org.id()), PartnerWriters::orgUser);
  }

  private Organization organization(long id) {
    return data.partner()
        .organization(id)
        .orElseThrow(() -> ApiError.notFound("Organization not found."));
  }

  /** Id (the default: newest first), Name (A to Z), StartDate or EndDate (latest first). */
  private static Comparator<Campaign> sortOrder(String sortBy) {
    return switch (sortBy.toLowerCase(Locale.ROOT)) {
      case "id" -> NEWEST;
      case "name" -> Comparator.comparing(Campaign::name).thenComparing(NEWEST);
      case "startdate" ->
          Comparator.comparingLong(Campaign::startAt).reversed().thenComparing(NEWEST);
      case "enddate" -> Comparator.comparingLong(Campaign::endAt).reversed().thenComparing(NEWEST);
      default -> throw Params.invalid("sortBy", sortBy);
    };
  }
}
