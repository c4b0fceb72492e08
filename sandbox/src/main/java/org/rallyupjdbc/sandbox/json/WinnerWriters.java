package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.model.AuctionWinner;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.PrizeWinner;

/** Writers for raffle and sweepstakes winners (§3.11, §3.12) and auction winners (§3.13). */
public final class WinnerWriters {
  private WinnerWriters() {}

  public static void prizeWinner(JsonGenerator g, PrizeWinner w) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, w.id(), w.campaign());
    winner(g, w.winner());
    g.writeStringField("Prize", w.prize());
    g.writeStringField("WinningTicketNumber", w.ticketNumber());
    Fields.v3Urls(g, w.campaign());
    g.writeEndObject();
  }

  public static void auctionWinner(JsonGenerator g, AuctionWinner w) throws IOException {
    g.writeStartObject();
    Fields.v3Head(g, w.id(), w.item().campaign());
    winner(g, w.winner());
    g.writeNumberField("ItemId", w.item().id());
    g.writeStringField("ItemName", w.item().title());
    g.writeStringField("Category", w.item().category());
    Fields.decimal(g, "WinningBidAmount", w.amountCents());
    g.writeStringField("PaymentStatus", w.paymentStatus());
    Fields.v3Urls(g, w.item().campaign());
    g.writeEndObject();
  }

  private static void winner(JsonGenerator g, Person person) throws IOException {
    g.writeNumberField("WinnerID", person.userId());
    g.writeStringField("WinnerFirstName", person.firstName());
    g.writeStringField("WinnerLastName", person.lastName());
    g.writeStringField("WinnerEmail", person.email());
    g.writeStringField("WinnerPhoneNumber", person.phone());
  }
}
