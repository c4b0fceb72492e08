package org.rallyupjdbc.sandbox.data;

import java.util.List;
import java.util.Map;
import org.rallyupjdbc.sandbox.model.CampaignType;

/** What each kind of campaign sells. General-donation campaigns sell nothing. */
final class ItemCatalog {
  /**
   * A kind of item.
   *
   * @param bundle entries per bundle (raffle, sweepstakes) or null
   * @param category auction category or null
   */
  record Spec(String title, long minCents, long maxCents, Integer bundle, String category) {}

  static final Map<CampaignType, List<Spec>> SPECS =
      Map.of(
          CampaignType.RAFFLE,
          List.of(
              bundle("1 Ticket", 1_000, 1),
              bundle("3 Tickets", 2_500, 3),
              bundle("10 Tickets", 5_000, 10),
              bundle("25 Tickets", 10_000, 25)),
          CampaignType.SWEEPSTAKES,
          List.of(
              bundle("5 Entries", 1_000, 5),
              bundle("25 Entries", 2_500, 25),
              bundle("100 Entries", 5_000, 100),
              bundle("500 Entries", 10_000, 500)),
          CampaignType.AUCTION,
          List.of(
              lot("Weekend Cabin Getaway", "Travel"),
              lot("Signed Jersey", "Sports"),
              lot("Chef's Table Dinner for 6", "Food & Drink"),
              lot("Original Watercolor", "Art"),
              lot("Spa Day Package", "Experiences"),
              lot("Wine Collection (12 bottles)", "Food & Drink"),
              lot("Private Ski Lesson", "Sports"),
              lot("Café Gift Card", "Food & Drink"),
              lot("Pottery Class for Two", "Experiences"),
              lot("Hand-knit Blanket by Zoë", "Art"),
              lot("Principal for a Day", "Experiences"),
              lot("Beach House Week", "Travel")),
          CampaignType.ATHON,
          List.of(
              item("Per-Unit Pledge", 100, 500),
              item("Flat Pledge", 2_500, 2_500),
              item("Flat Pledge (Gold)", 10_000, 10_000)),
          CampaignType.TICKETING,
          List.of(
              item("General Admission", 2_500, 6_000),
              item("Student", 1_000, 1_000),
              item("Early Bird", 2_000, 4_000),
              item("VIP Table for 8", 50_000, 150_000)),
          CampaignType.CROWDFUNDING,
          List.of(
              item("Thank-you Card", 1_000, 1_000),
              item("T-shirt", 3_500, 3_500),
              item("Name on the Wall", 25_000, 25_000),
              item("Founding Sponsor", 100_000, 100_000)),
          CampaignType.SALE,
          List.of(
              item("Flower Box", 1_900, 1_900),
              item("Holiday Wreath", 3_000, 4_500),
              item("Hoodie", 3_500, 5_000),
              item("Coffee Mug", 1_200, 1_500),
              item("Tote Bag", 800, 1_500),
              item("Cookie Dough Tub", 1_500, 1_800),
              item("Soy Candle", 1_400, 2_200)),
          CampaignType.GENERAL_DONATION,
          List.of());

  private ItemCatalog() {}

  private static Spec item(String title, long minCents, long maxCents) {
    return new Spec(title, minCents, maxCents, null, null);
  }

  private static Spec bundle(String title, long cents, int entries) {
    return new Spec(title, cents, cents, entries, null);
  }

  private static Spec lot(String title, String category) {
    return new Spec(title, 5_000, 200_000, null, category);
  }
}
