package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.rallyupjdbc.sandbox.model.AuctionBid;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.DonationItem;
import org.rallyupjdbc.sandbox.model.RecurringDonation;
import org.rallyupjdbc.sandbox.model.TicketBlock;

/** Writers for the v3 supporter records: transaction items, auction bids, recurring donations. */
public final class TransactionWriters {
  private TransactionWriters() {}

  /** TransactionItem (§3.6): a donation whose campaign type has an activity array. */
  public static void transactionItem(JsonGenerator g, Donation d) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, d.transactionId(), d.campaign());
    Supporters.names(g, d.supporter());
    Fields.iso(g, "Date", d.createdAt());
    Supporters.currency(g);
    Supporters.answers(g, d.supporter());
    CampaignType type = d.campaign().type();
    g.writeFieldName("RaffleTickets");
    tickets(g, d, type == CampaignType.RAFFLE);
    g.writeFieldName("SweepstakesEntries");
    tickets(g, d, type == CampaignType.SWEEPSTAKES);
    g.writeFieldName("AThonPledges");
    items(g, d, type == CampaignType.ATHON);
    g.writeFieldName("EventTickets");
    items(g, d, type == CampaignType.TICKETING);
    g.writeFieldName("CrowdfundingPerks");
    items(g, d, type == CampaignType.CROWDFUNDING);
    g.writeFieldName("SaleItems");
    items(g, d, type == CampaignType.SALE);
    Fields.v3Urls(g, d.campaign());
    Fields.display(g, "DateFormatted", d.createdAt(), d.campaign().timeZone());
    g.writeEndObject();
  }

  /** AuctionBid (§3.7), with its string id. */
  public static void auctionBid(JsonGenerator g, AuctionBid bid) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", bid.id());
    g.writeNumberField("CampaignID", bid.item().campaign().id());
    g.writeStringField("CampaignTitle", bid.item().campaign().name());
    Supporters.names(g, bid.bidder());
    Fields.iso(g, "Date", bid.placedAt());
    Fields.display(g, "DateFormatted", bid.placedAt(), bid.item().campaign().timeZone());
    Supporters.currency(g);
    Supporters.answers(g, bid.bidder());
    g.writeNumberField("ItemId", bid.item().id());
    g.writeStringField("ItemName", bid.item().title());
    Fields.decimal(g, "BidAmount", bid.amountCents());
    Fields.decimalOrNull(g, "MaximumBid", bid.maximumBidCents());
    g.writeStringField("BidStatus", bid.status());
    g.writeStringField("AuctionType", "English");
    Fields.v3Urls(g, bid.item().campaign());
    g.writeEndObject();
  }

  /** RecurringDonation (§3.8); the card type is lower case here, unlike listdonations. */
  public static void recurringDonation(JsonGenerator g, RecurringDonation r) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, r.id(), r.campaign());
    Supporters.names(g, r.supporter());
    Fields.iso(g, "RecurringStartDate", r.startAt());
    Fields.iso(g, "NextChargeDate", r.nextChargeAt());
    Fields.decimal(g, "RecurringAmount", r.amountCents());
    g.writeStringField("Frequency", r.frequency());
    g.writeNumberField("PaymentsCount", r.paymentsCount());
    g.writeStringField("Status", r.status());
    g.writeStringField("PaymentType", r.payment().type());
    g.writeStringField("CreditCardLast4", r.payment().cardLast4());
    g.writeStringField("CreditCardType", r.payment().cardType().toLowerCase(Locale.ROOT));
    Supporters.answers(g, r.supporter());
    Fields.v3Urls(g, r.campaign());
    Fields.display(g, "RecurringStartDateFormatted", r.startAt(), r.campaign().timeZone());
    Fields.display(g, "NextChargeDateFormatted", r.nextChargeAt(), r.campaign().timeZone());
    g.writeEndObject();
  }

  private static void tickets(JsonGenerator g, Donation d, boolean present) throws IOException {
    if (!present) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (TicketBlock block : d.tickets()) {
      g.writeStartObject();
      Fields.decimal(g, "Amount", block.amountCents());
      g.writeNumberField("EntryStartNumber", block.firstNumber());
      g.writeNumberField("EntryEndNumber", block.lastNumber());
      g.writeNullField("EntryLevel");
      g.writeNumberField("Quantity", block.quantity());
      g.writeNullField("Prize");
      g.writeStringField("Type", block.type());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void items(JsonGenerator g, Donation d, boolean present) throws IOException {
    if (!present) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (DonationItem item : d.items()) {
      DonationWriter.item(g, item);
    }
    g.writeEndArray();
  }
}
