package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.StreetAddress;
import org.rallyupjdbc.sandbox.model.Supporter;

/** The supporter fields shared by donations, transaction items, bids and recurring donations. */
final class Supporters {
  private Supporters() {}

  /** {@code FirstName, LastName, Email}. */
  static void names(JsonGenerator g, Supporter supporter) throws IOException {
    Person person = supporter.person();
    g.writeStringField("FirstName", person.firstName());
    g.writeStringField("LastName", person.lastName());
    g.writeStringField("Email", person.email());
  }

  /** {@code Currency, CurrencySymbol}: the demo organization always raises US dollars. */
  static void currency(JsonGenerator g) throws IOException {
    g.writeStringField("Currency", "USD");
    g.writeStringField("CurrencySymbol", "$");
  }

  /** The v3 block from {@code Members} through {@code DonorId}. */
  static void answers(JsonGenerator g, Supporter supporter) throws IOException {
    Fields.emptyArray(g, "Members");
    g.writeBooleanField("IsAnonymous", supporter.anonymous());
    g.writeStringField("InNameOf", supporter.inNameOf());
    g.writeBooleanField("MarketingOptIn", supporter.marketingOptIn());
    g.writeFieldName("MailingAddress");
    mailingAddress(g, supporter);
    g.writeBooleanField("GiftAidOptIn", false);
    g.writeNullField("GiftAidInformation");
    g.writeNullField("FundCode");
    g.writeStringField("SpecialInstructions", supporter.specialInstructions());
    Fields.emptyArray(g, "Causes");
    Fields.emptyArray(g, "CustomFields");
    g.writeStringField("Comment", supporter.comment());
    g.writeBooleanField("ReceivedEmailCampaignUpdates", supporter.receivesUpdates());
    g.writeNumberField("DonorId", supporter.person().userId());
  }

  /** The MailingAddress object, or null when the supporter gave none. */
  static void mailingAddress(JsonGenerator g, Supporter supporter) throws IOException {
    if (!supporter.withMailingAddress()) {
      g.writeNull();
      return;
    }
    Person person = supporter.person();
    StreetAddress address = person.address();
    g.writeStartObject();
    g.writeStringField("MailingFirstName", person.firstName());
    g.writeStringField("MailingLastName", person.lastName());
    g.writeStringField("Address1", address.address1());
    g.writeStringField("Address2", address.address2());
    g.writeStringField("City", address.city());
    g.writeStringField("State", address.state());
    g.writeStringField("Country", address.country());
    g.writeStringField("ZipCode", address.zipCode());
    g.writeStringField("Phone", person.phone());
    g.writeEndObject();
  }
}
