package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.TimeZoneInfo;

/** Field writers shared by the record writers: money, dates, empty arrays and campaign URLs. */
final class Fields {
  static final String ORG_HOST = "https://go.rallyup.com";
  static final String PARTNER_HOST = "https://my.partnerdomain.com";

  private Fields() {}

  /** A money or units field as a JSON number with at most two decimals. */
  static void decimal(JsonGenerator g, String name, long hundredths) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(Formats.decimal(hundredths));
  }

  static void decimalOrNull(JsonGenerator g, String name, Long hundredths) throws IOException {
    if (hundredths == null) {
      g.writeNullField(name);
    } else {
      decimal(g, name, hundredths);
    }
  }

  static void intOrNull(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  /** A {@code yyyy/MM/dd HH:mm:ss} date, or null. */
  static void slashed(JsonGenerator g, String name, Long millis) throws IOException {
    g.writeStringField(name, millis == null ? null : Formats.slashed(millis));
  }

  /** An ISO-8601 date, or null. */
  static void iso(JsonGenerator g, String name, Long millis) throws IOException {
    g.writeStringField(name, millis == null ? null : Formats.iso(millis));
  }

  /** The {@code ...Formatted} twin of a v3 date, or null. */
  static void display(JsonGenerator g, String name, Long millis, TimeZoneInfo zone)
      throws IOException {
    g.writeStringField(name, millis == null ? null : Formats.display(millis, zone));
  }

  static void emptyArray(JsonGenerator g, String name) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeEndArray();
  }

  /** The leading {@code id, CampaignID, CampaignTitle} of v3 records. */
  static void v3Head(JsonGenerator g, long id, Campaign campaign) throws IOException {
    g.writeNumberField("id", id);
    g.writeNumberField("CampaignID", campaign.id());
    g.writeStringField("CampaignTitle", campaign.name());
  }

  /** The trailing {@code CampaignFriendlyURL, CampaignPermanentURL} of v3 records. */
  static void v3Urls(JsonGenerator g, Campaign campaign) throws IOException {
    g.writeStringField("CampaignFriendlyURL", ORG_HOST + "/" + campaign.friendlySlug());
    g.writeStringField("CampaignPermanentURL", ORG_HOST + "/" + campaign.slug());
  }
}
