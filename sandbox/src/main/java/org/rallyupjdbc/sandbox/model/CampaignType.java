package org.rallyupjdbc.sandbox.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of RallyUp campaign, with the words the API and the web pages use for each. */
public enum CampaignType {
  RAFFLE("Raffle", "Ticket", "RaffleTicket", "Ticket", "Tickets", "Buy Tickets"),
  SWEEPSTAKES("Sweepstakes", "Entry", "SweepstakesEntry", "Entry", "Entries", "Get Entries"),
  AUCTION("Auction", "AuctionItem", "AuctionItem", "Item", "Items", "Bid"),
  ATHON("AThon", "Pledge", "AThonPledge", "Pledge", "Pledges", "Pledge"),
  TICKETING("Ticketing", "Ticket", "EventTicket", "Ticket", "Tickets", "Register"),
  CROWDFUNDING("Crowdfunding", "Perk", "CrowdfundingPerk", "Perk", "Perks", "Contribute"),
  SALE("Sale", "Purchasable", "SaleItem", "Item", "Items", "Buy Now"),
  GENERAL_DONATION("GeneralDonation", "Donation", "Donation", "Donation", "Donations", "Donate");

  private final String apiName;
  private final String itemType;
  private final String donationItemType;
  private final String singular;
  private final String plural;
  private final String ctaLabel;

  CampaignType(
      String apiName,
      String itemType,
      String donationItemType,
      String singular,
      String plural,
      String ctaLabel) {
    this.apiName = apiName;
    this.itemType = itemType;
    this.donationItemType = donationItemType;
    this.singular = singular;
    this.plural = plural;
    this.ctaLabel = ctaLabel;
  }

  /** The spelling in {@code CampaignType} fields and the transactionItems path segment. */
  public String apiName() {
    return apiName;
  }

  /** {@code Type} of a partner campaign item. */
  public String itemType() {
    return itemType;
  }

  /** {@code Type} of an element of a donation's {@code Items}. */
  public String donationItemType() {
    return donationItemType;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }

  public String ctaLabel() {
    return ctaLabel;
  }

  /** Whether donations to this kind of campaign carry one of the v3 activity arrays. */
  public boolean hasActivityArray() {
    return this != AUCTION && this != GENERAL_DONATION;
  }

  /** Whether entries carry ticket numbers (raffle tickets, sweepstakes entries). */
  public boolean numbersEntries() {
    return this == RAFFLE || this == SWEEPSTAKES;
  }

  /** Looks a type up by its API name, ignoring case. */
  public static Optional<CampaignType> fromApiName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (CampaignType type : values()) {
      if (type.apiName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
