package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.data.Timeline;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignTotals;
import org.rallyupjdbc.sandbox.model.OrgAddress;
import org.rallyupjdbc.sandbox.model.OrgUser;
import org.rallyupjdbc.sandbox.model.Organization;

/** Writers for the Partner API records (§3.18 to §3.21). */
public final class PartnerWriters {
  private PartnerWriters() {}

  public static void organization(JsonGenerator g, Organization org) throws IOException {
    OrgAddress address = org.address();
    g.writeStartObject();
    g.writeNumberField("Id", org.id());
    g.writeStringField("Ein", org.ein());
    g.writeStringField("Name", org.name());
    g.writeStringField("CommonName", org.commonName());
    g.writeStringField("Email", org.email());
    g.writeStringField("Url", Fields.PARTNER_HOST + "/home/" + org.slug());
    g.writeBooleanField("IsTaxExempt", org.taxExempt());
    g.writeObjectFieldStart("Address");
    g.writeStringField("AddressLine1", address.line1());
    g.writeStringField("AddressLine2", address.line2());
    g.writeStringField("City", address.city());
    g.writeStringField("State", address.state());
    g.writeStringField("Country", address.country());
    g.writeStringField("ZipCode", address.zipCode());
    g.writeStringField("Phone", address.phone());
    g.writeEndObject();
    g.writeStringField("OrganizationLogoUrl", org.logoUrl());
    g.writeStringField("OrganizationWebsiteUrl", org.websiteUrl());
    g.writeStringField("OrganizationFacebookUrl", org.facebookUrl());
    g.writeStringField("OrganizationTwitterUrl", org.twitterUrl());
    g.writeStringField("PrimaryCurrency", org.currency());
    g.writeEndObject();
  }

  /** PartnerCampaign (§3.19); needs the data set for totals and the organization's name. */
  public static RecordWriter<Campaign> campaign(Dataset data) {
    return (g, campaign) -> {
      CampaignTotals totals = data.totals(campaign);
      Organization org = data.partner().organization(campaign.organizationId()).orElseThrow();
      String base = Fields.PARTNER_HOST + "/";
      g.writeStartObject();
      g.writeNumberField("Id", campaign.id());
      g.writeStringField("Name", campaign.name());
      g.writeStringField("Url", base + campaign.slug());
      g.writeStringField("CampaignSetupUrl", base + "Campaigns/Setup/" + campaign.slug());
      g.writeStringField("CampaignStatus", campaign.status());
      Fields.slashed(g, "StartDateUtc", campaign.startAt());
      Fields.slashed(g, "EndDateUtc", campaign.endAt());
      Fields.decimal(g, "AmountRaised", totals.raisedCents());
      Fields.decimal(g, "AmountRaisedInPeriod", totals.raisedInPeriodCents());
      Fields.decimalOrNull(g, "AmountGoal", campaign.goalCents());
      g.writeNullField("GoalPeriod");
      g.writeNumberField("TotalViews", totals.views());
      g.writeNumberField("TotalSupporters", totals.supporters());
      g.writeNumberField("OrganizationId", org.id());
      g.writeStringField("OrganizationName", org.commonName());
      g.writeStringField("TimezoneName", campaign.timeZone().label());
      g.writeNumberField("UtcOffsetMinutes", campaign.timeZone().offsetMinutes());
      long remaining = Math.max(0, campaign.endAt() - Timeline.AS_OF) / 60_000;
      g.writeNumberField("TimeRemainingMinutes", remaining);
      g.writeStringField("ThumbnailUrl", campaign.imageUrl() + "?width=1100&height=418");
      g.writeStringField("CtaLabel", campaign.type().ctaLabel());
      g.writeArrayFieldStart("ManagementPages");
      for (ManagementPages.Page page : ManagementPages.of(campaign.type())) {
        g.writeStartObject();
        g.writeStringField("Name", page.name());
        g.writeStringField(
            "Url", Fields.PARTNER_HOST + page.path().replace("{slug}", campaign.slug()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("PrimaryCurrency", org.currency());
      g.writeStringField("CurrencySymbol", "$");
      g.writeNullField("ProjectId");
      g.writeNullField("FundCode");
      g.writeEndObject();
    };
  }

  public static void campaignItem(JsonGenerator g, CampaignItem item) throws IOException {
    g.writeStartObject();
    g.writeNumberField("Id", item.id());
    g.writeNumberField("CampaignId", item.campaign().id());
    g.writeStringField("CampaignType", item.campaign().type().apiName());
    g.writeStringField("Title", item.title());
    g.writeStringField("Type", item.campaign().type().itemType());
    g.writeStringField("TerminologySingular", item.campaign().type().singular());
    g.writeStringField("TerminologyPlural", item.campaign().type().plural());
    g.writeStringField("ThumbnailUrl", item.thumbnailUrl());
    Fields.decimal(g, "Price", item.priceCents());
    g.writeStringField("Description", item.description());
    Fields.intOrNull(g, "BundleQuantity", item.bundleQuantity());
    Fields.intOrNull(g, "TotalQuantityAvailable", item.quantityAvailable());
    g.writeNumberField("TotalSold", item.totalSold());
    g.writeNullField("AvailableStartDate");
    g.writeNullField("AvailableEndDate");
    g.writeBooleanField("Availability", item.available());
    g.writeStringField("Category", item.category());
    g.writeNullField("AssociatedPrizeId");
    g.writeNullField("AssociatedPrizeTitle");
    g.writeEndObject();
  }

  /** An element of listorgusers (§3.21). */
  public static void orgUser(JsonGenerator g, OrgUser user) throws IOException {
    g.writeStartObject();
    g.writeNumberField("UserID", user.person().userId());
    g.writeStringField("FirstName", user.person().firstName());
    g.writeStringField("LastName", user.person().lastName());
    g.writeStringField("Email", user.person().email());
    g.writeStringField("Role", user.role());
    Fields.slashed(g, "CreatedDate", user.person().createdAt());
    Fields.slashed(g, "AddedDate", user.addedAt());
    g.writeEndObject();
  }

  /** The addorguser / deleteorguser result (§3.21). */
  public static void orgUserChange(JsonGenerator g, OrgUser user) throws IOException {
    g.writeStartObject();
    g.writeNumberField("OrganizationID", user.organizationId());
    g.writeNumberField("UserID", user.person().userId());
    g.writeStringField("Email", user.person().email());
    g.writeStringField("Role", user.role());
    Fields.slashed(g, "AddedDate", user.addedAt());
    g.writeEndObject();
  }
}
