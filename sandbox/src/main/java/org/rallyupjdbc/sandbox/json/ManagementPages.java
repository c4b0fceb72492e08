package org.rallyupjdbc.sandbox.json;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.model.CampaignType;

/** The organizer pages listed in a partner campaign's ManagementPages, per campaign type. */
final class ManagementPages {
  /** A page name and its URL path after the host, with {slug} for the campaign code. */
  record Page(String name, String path) {}

  private ManagementPages() {}

  static List<Page> of(CampaignType type) {
    boolean auction = type == CampaignType.AUCTION;
    List<Page> pages = new ArrayList<>();
    pages.add(new Page(editLabel(type), "/Campaigns/Setup/{slug}"));
    pages.add(
        new Page(
            auction ? "View Payments" : "View Donations",
            "/Account/Organizer/Contributions/{slug}"));
    pages.add(
        new Page(
            auction ? "Manage External Payments" : "Manage External Donations",
            "/Account/Organizer/ExternalContributions/{slug}"));
    if (!auction) {
      pages.add(new Page("Manage Promo Codes", "/Account/Organizer/DonorPromoCodes/Index/{slug}"));
    }
    pages.add(new Page("Manage Administrators", "/Account/Organizer/Administrators/{slug}"));
    pages.add(new Page("Manage Updates", "/{slug}/Updates"));
    pages.add(new Page("Create Widget", "/Account/Organizer/WidgetWizard/{slug}"));
    pages.addAll(extras(type));
    return pages;
  }

  private static String editLabel(CampaignType type) {
    return switch (type) {
      case RAFFLE -> "Edit Raffle";
      case SWEEPSTAKES -> "Edit Sweepstakes";
      case AUCTION -> "Edit Auction";
      case ATHON -> "Edit A-thon";
      case TICKETING, CROWDFUNDING, SALE, GENERAL_DONATION -> "Edit Campaign";
    };
  }

  private static List<Page> extras(CampaignType type) {
    Page participants = new Page("View Participants", "/Account/Organizer/Members/{slug}");
    Page teams = new Page("View Teams", "/Account/Organizer/Teams/{slug}");
    Page checks =
        new Page("Manage Check Donations", "/Account/Organizer/ManualContributions/{slug}");
    return switch (type) {
      case RAFFLE ->
          List.of(
              participants,
              new Page("Manage Raffle Winners", "/Account/Organizer/RaffleWinners/{slug}"),
              teams);
      case SWEEPSTAKES ->
          List.of(
              participants,
              new Page(
                  "Enter Mail-In Entries", "/Account/Organizer/SweepstakeOfflineEntries/{slug}"),
              new Page(
                  "Manage Sweepstakes Winners", "/Account/Organizer/SweepstakesWinners/{slug}"),
              teams);
      case AUCTION -> List.of(new Page("View Auction Bids", "/Account/Organizer/Bids/{slug}"));
      case ATHON ->
          List.of(
              participants,
              teams,
              new Page("View Activity", "/Account/Organizer/ActivityResults/{slug}"));
      case TICKETING ->
          List.of(
              new Page("View Event Registration", "/Account/Organizer/EventRegistrations/{slug}"),
              participants,
              teams,
              new Page("View Prize Winners", "/Account/Organizer/PrizeWinners/{slug}"));
      case CROWDFUNDING -> List.of(participants, teams);
      case SALE, GENERAL_DONATION -> List.of(checks);
    };
  }
}
