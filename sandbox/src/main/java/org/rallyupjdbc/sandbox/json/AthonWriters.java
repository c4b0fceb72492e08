package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.rallyupjdbc.sandbox.model.ActivityResult;
import org.rallyupjdbc.sandbox.model.Participant;
import org.rallyupjdbc.sandbox.model.Team;

/** Writers for activity results (§3.14), participants (§3.15) and teams (§3.16). */
public final class AthonWriters {
  private AthonWriters() {}

  public static void activityResult(JsonGenerator g, ActivityResult r) throws IOException {
    Participant p = r.participant();
    g.writeStartObject();
    Fields.v3Head(g, r.id(), p.campaign());
    g.writeStringField("ParticipantName", p.person().fullName());
    g.writeStringField("TeamName", p.teamName());
    g.writeStringField("ActivityName", p.activity().label());
    g.writeStringField("UnitsTerminologySingular", p.activity().singular());
    g.writeStringField("UnitsTerminologyPlural", p.activity().plural());
    Fields.decimal(g, "UnitsCompleted", r.unitsHundredths());
    Fields.iso(g, "ActivityDate", r.loggedAt());
    Fields.v3Urls(g, p.campaign());
    Fields.display(g, "ActivityDateFormatted", r.loggedAt(), p.campaign().timeZone());
    g.writeEndObject();
  }

  public static void participant(JsonGenerator g, Participant p) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, p.id(), p.campaign());
    g.writeStringField("TeamName", p.teamName());
    g.writeStringField("ParticipantFirstName", p.person().firstName());
    g.writeStringField("ParticipantLastName", p.person().lastName());
    g.writeStringField("RegistrationOption", p.registrationOption());
    g.writeStringField("ParticipantEmailAddress", p.person().email());
    g.writeStringField("ParticipantPhoneNumber", p.person().phone());
    g.writeNullField("ParticipantMailingAddress");
    g.writeStringField("ParticipantActivity", p.activity().label().toLowerCase(Locale.ROOT));
    Fields.decimal(g, "ParticipantUnitsCompleted", p.unitsCompletedHundredths());
    Fields.decimalOrNull(g, "ParticipantFundraisingGoal", p.fundraisingGoalCents());
    Fields.intOrNull(g, "ParticipantUnitsGoal", p.unitsGoal());
    g.writeStringField("FundraisingPagePermanentURL", p.permanentSlug());
    g.writeStringField("FundraisingPageFriendlyURL", p.friendlySlug());
    g.writeStringField("FundraisingPageDescription", p.description());
    g.writeNullField("ParticipantCustomFields");
    Fields.v3Urls(g, p.campaign());
    g.writeEndObject();
  }

  public static void team(JsonGenerator g, Team t) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, t.id(), t.campaign());
    g.writeStringField("TeamName", t.name());
    g.writeStringField("RegistrationOption", t.registrationOption());
    g.writeStringField("FundraisingPageDescription", t.description());
    g.writeStringField("TeamEmailAddress", t.email());
    Fields.decimalOrNull(g, "TeamFundraisingGoal", t.goalCents());
    g.writeStringField("FundraisingPagePermanentURL", t.permanentSlug());
    g.writeStringField("FundraisingPageFriendlyURL", t.friendlySlug());
    Fields.emptyArray(g, "ParticipantCustomFields");
    Fields.v3Urls(g, t.campaign());
    g.writeEndObject();
  }
}
