package org.rallyupjdbc.sandbox.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rallyupjdbc.sandbox.model.CampaignType;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.DonationItem;
import org.rallyupjdbc.sandbox.model.Supporter;

/** Writes listdonations records (§3.5), field for field in the documented order. */
public final class DonationWriter {
  /** The per-activity amount and fee columns, in the API's order. */
  private static final CampaignType[] ACTIVITY_COLUMNS = {
    CampaignType.ATHON,
    CampaignType.AUCTION,
    CampaignType.CROWDFUNDING,
    CampaignType.TICKETING,
    CampaignType.RAFFLE,
    CampaignType.SALE,
    CampaignType.SWEEPSTAKES,
    CampaignType.GENERAL_DONATION
  };

  private static final String[] AMOUNT_FIELDS = {
    "AthonAmount",
    "AuctionAmount",
    "CrowdfundingAmount",
    "TicketingAmount",
    "RaffleAmount",
    "SaleAmount",
    "SweepstakesAmount",
    "GeneralDonationAmount"
  };

  private static final String[] FEE_FIELDS = {
    "AthonFee",
    "AuctionFee",
    "CrowdfundingFee",
    "TicketingFee",
    "RaffleFee",
    "SaleFee",
    "SweepstakesFee",
    "GeneralDonationFee"
  };

  private DonationWriter() {}

  public static void write(JsonGenerator g, Donation d) throws IOException {
    Supporter supporter = d.supporter();
    g.writeStartObject();
    g.writeNumberField("CampaignId", d.campaign().id());
    g.writeBooleanField("IsRecurring", d.recurring());
    g.writeStringField("CampaignName", d.campaign().name());
    g.writeStringField("CampaignType", d.campaign().type().apiName());
    g.writeStringField("Status", d.status());
    g.writeStringField("PaymentType", d.payment().type());
    g.writeStringField("CreditCardLast4", d.payment().cardLast4());
    g.writeStringField("CreditCardType", d.payment().cardType());
    g.writeStringField("Source", d.source());
    g.writeNullField("FundCode");
    g.writeStringField("AgreementInfo", "not provided");
    g.writeStringField("SpecialInstructions", supporter.specialInstructions());
    Fields.emptyArray(g, "Causes");
    Fields.emptyArray(g, "CustomFields");
    g.writeArrayFieldStart("Items");
    for (DonationItem item : d.items()) {
      item(g, item);
    }
    g.writeEndArray();
    g.writeStringField("RecurrencePeriod", d.recurrencePeriod());
    g.writeBooleanField("IsRefunded", d.refund() != null);
    g.writeStringField("RefundReason", d.refund() == null ? null : d.refund().reason());
    Fields.slashed(g, "RefundDate", d.refund() == null ? null : d.refund().refundedAt());
    Fields.slashed(g, "RecurringEndDate", d.recurringEndDate());
    g.writeNumberField("TransactionId", d.transactionId());
    Fields.slashed(g, "TransactionCreatedDate", d.createdAt());
    Fields.slashed(g, "TransactionUpdatedDate", d.updatedAt());
    g.writeStringField("TransactionGrossAmount", Formats.currency(d.grossCents()));
    g.writeStringField("TransactionNetAmount", Formats.currency(d.netCents()));
    for (int i = 0; i < ACTIVITY_COLUMNS.length; i++) {
      Fields.decimalOrNull(g, AMOUNT_FIELDS[i], amount(d, ACTIVITY_COLUMNS[i]));
    }
    for (int i = 0; i < ACTIVITY_COLUMNS.length; i++) {
      Long fee = ACTIVITY_COLUMNS[i] == d.campaign().type() ? d.feeCents() : null;
      Fields.decimalOrNull(g, FEE_FIELDS[i], fee);
    }
    Fields.decimal(g, "NetDeductibleAmount", d.netCents());
    g.writeFieldName("MailingAddress");
    Supporters.mailingAddress(g, supporter);
    Fields.emptyArray(g, "Members");
    Fields.decimalOrNull(g, "FeesPaidBySupporters", d.feeCovered() ? d.feeCents() : null);
    g.writeStringField("Comment", supporter.comment());
    g.writeBooleanField("RecievedEmailCampaignUpdates", supporter.receivesUpdates());
    g.writeNumberField("DonorId", supporter.person().userId());
    g.writeStringField("DonorEmail", supporter.person().email());
    g.writeStringField("DonorLastName", supporter.person().lastName());
    g.writeStringField("DonorFirstName", supporter.person().firstName());
    g.writeEndObject();
  }

  /** A DonationItem; also the element shape of the v3 activity arrays other than tickets. */
  static void item(JsonGenerator g, DonationItem item) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ItemId", item.itemId());
    g.writeStringField("Name", item.name());
    g.writeNumberField("Quantity", item.quantity());
    g.writeStringField("Type", item.type());
    Fields.decimal(g, "Price", item.priceCents());
    g.writeEndObject();
  }

  /**
   * The campaign's own activity takes the items (or the gift); an extra gift added at checkout
   * shows as GeneralDonationAmount; every other column is null.
   */
  private static Long amount(Donation d, CampaignType column) {
    if (column == d.campaign().type()) {
      return d.itemsCents();
    }
    return column == CampaignType.GENERAL_DONATION && d.extraDonationCents() > 0
        ? d.extraDonationCents()
        : null;
  }
}
