package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.model.CampaignUpdate;
import org.rallyupjdbc.sandbox.model.ContactMessage;
import org.rallyupjdbc.sandbox.model.LiveStream;

/** Writers for live streams (§3.9), campaign updates (§3.10) and organizer messages (§3.17). */
public final class NoticeWriters {
  private NoticeWriters() {}

  public static void liveStream(JsonGenerator g, LiveStream s) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, s.campaign().id(), s.campaign());
    g.writeBooleanField("IsStreamActive", s.active());
    g.writeStringField("StreamUrl", s.streamUrl());
    Fields.iso(g, "SetupStreamStartDate", s.setupAt());
    Fields.display(g, "SetupStreamStartDateFormatted", s.setupAt(), s.campaign().timeZone());
    Fields.iso(g, "StartDate", s.startAt());
    Fields.display(g, "StartDateFormatted", s.startAt(), s.campaign().timeZone());
    Fields.iso(g, "EndDate", s.endAt());
    Fields.display(g, "EndDateFormatted", s.endAt(), s.campaign().timeZone());
    Fields.v3Urls(g, s.campaign());
    g.writeEndObject();
  }

  public static void campaignUpdate(JsonGenerator g, CampaignUpdate u) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, u.id(), u.campaign());
    g.writeStringField("UpdateTitle", u.title());
    g.writeStringField("UpdateContent", u.content());
    g.writeStringField("PostedBy", u.postedBy());
    Fields.iso(g, "Date", u.postedAt());
    Fields.v3Urls(g, u.campaign());
    Fields.display(g, "DateFormatted", u.postedAt(), u.campaign().timeZone());
    g.writeEndObject();
  }

  public static void contactMessage(JsonGenerator g, ContactMessage m) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, m.id(), m.campaign());
    g.writeStringField("SenderEmail", m.sender().email());
    g.writeStringField("SenderName", m.sender().fullName());
    g.writeStringField("Message", m.message());
    g.writeStringField("MessageSubject", m.subject());
    Fields.v3Urls(g, m.campaign());
    g.writeEndObject();
  }
}
