package org.rallyupjdbc.sandbox.model;

import java.util.List;

/**
 * One transaction: a listdonations record, and (for campaign types with an activity array) a
 * transactionItems record with the same id.
 *
 * @param tickets entry-number blocks for raffles and sweepstakes, else empty
 * @param recurrencePeriod null unless the donation is recurring
 * @param recurringEndDate null unless a recurring donation was given an end
 * @param refund null unless refunded
 * @param itemsCents what the campaign's own activity took (the items, or the gift itself)
 * @param extraDonationCents an additional general donation added at checkout, or 0
 * @param feeCents processing fee taken from the gross amount
 * @param feeCovered whether the supporter added the fee on top (FeesPaidBySupporters)
 */
public record Donation(
    long transactionId,
    Campaign campaign,
    Supporter supporter,
    PaymentMethod payment,
    String status,
    String source,
    List<DonationItem> items,
    List<TicketBlock> tickets,
    String recurrencePeriod,
    Long recurringEndDate,
    Refund refund,
    long createdAt,
    long updatedAt,
    long itemsCents,
    long extraDonationCents,
    long feeCents,
    boolean feeCovered) {

  public long grossCents() {
    return itemsCents + extraDonationCents + (feeCovered ? feeCents : 0);
  }

  public long netCents() {
    return grossCents() - feeCents;
  }

  public boolean recurring() {
    return recurrencePeriod != null;
  }
}
