package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignTotals;
import org.rallyupjdbc.sandbox.model.Person;

/** Writers for the v2 single-object records: ApiVersion, User and the org-API Campaign. */
public final class OrgWriters {
  private OrgWriters() {}

  /** ApiVersion (§3.2) of the API login whose GUID user name is given. */
  public static void version(JsonGenerator g, String userGuid) throws IOException {
    g.writeStartObject();
    g.writeStringField("Version", "1.0.0");
    g.writeStringField("ReleasedAt", "2023/03/13 00:00:00");
    g.writeStringField("IdentityType", "RallyUpIdentity");
    g.writeStringField("UserName", userGuid);
    g.writeStringField("AuthenticationType", "ExternalBearer");
    g.writeBooleanField("IsAuthenticated", true);
    g.writeStringField("Name", userGuid);
    g.writeArrayFieldStart("Roles");
    g.writeString("ApiUser");
    g.writeEndArray();
    g.writeEndObject();
  }

  /** User (§3.3), the finduser result. */
  public static void user(JsonGenerator g, Person person) throws IOException {
    g.writeStartObject();
    g.writeNullField("Addresses");
    Fields.slashed(g, "CreatedDate", person.createdAt());
    Fields.slashed(g, "UpdatedDate", person.updatedAt());
    g.writeBooleanField("IsInactive", person.inactive());
    g.writeBooleanField("HasPassword", person.hasPassword());
    g.writeNumberField("UserId", person.userId());
    g.writeStringField("Email", person.email());
    g.writeStringField("FirstName", person.firstName());
    g.writeStringField("LastName", person.lastName());
    g.writeStringField("Phone", person.phone());
    g.writeEndObject();
  }

  /** Campaign in the org-API shape (§3.4), for campaign/{id} and listcampaigns. */
  public static RecordWriter<Campaign> campaign(Dataset data) {
    return (g, campaign) -> {
      CampaignTotals totals = data.totals(campaign);
      g.writeStartObject();
      g.writeNumberField("Id", campaign.id());
      g.writeStringField("Name", campaign.name());
      g.writeStringField("Url", Fields.ORG_HOST + "/" + campaign.slug());
      g.writeStringField(
          "CampaignSetupUrl", Fields.ORG_HOST + "/Campaigns/Setup/" + campaign.slug());
      g.writeStringField("CampaignStatus", campaign.status());
      Fields.slashed(g, "StartDateUtc", campaign.startAt());
      Fields.slashed(g, "EndDateUtc", campaign.endAt());
      Fields.decimal(g, "AmountRaised", totals.raisedCents());
      Fields.decimal(g, "AmountRaisedInPeriod", totals.raisedInPeriodCents());
      Fields.decimalOrNull(g, "AmountGoal", campaign.goalCents());
      g.writeNullField("GoalPeriod");
      g.writeNumberField("TotalViews", totals.views());
      g.writeNumberField("TotalSupporters", totals.supporters());
      g.writeStringField("ImageURL", campaign.imageUrl());
      g.writeEndObject();
    };
  }
}
