package org.rallyupjdbc.sandbox.model;

/**
 * Something a campaign sells: a product, ticket bundle, perk, pledge option or auction lot.
 *
 * @param bundleQuantity entries per bundle for raffles and sweepstakes, else null
 * @param quantityAvailable null when unlimited
 * @param category null except for auction lots
 */
public record CampaignItem(
    long id,
    Campaign campaign,
    String title,
    String thumbnailUrl,
    long priceCents,
    String description,
    Integer bundleQuantity,
    Integer quantityAvailable,
    int totalSold,
    boolean available,
    String category) {

  /** A copy with the sales count and stock known once donations exist. */
  public CampaignItem withSales(int sold, Integer available, boolean stillAvailable) {
    return new CampaignItem(
        id,
        campaign,
        title,
        thumbnailUrl,
        priceCents,
        description,
        bundleQuantity,
        available,
        sold,
        stillAvailable,
        category);
  }
}
