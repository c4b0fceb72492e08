package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.CampaignItem;
import org.rallyupjdbc.sandbox.model.CampaignType;

/** Generates each campaign's items, before sales are known (TotalSold 0). */
final class ItemGenerator {
  private ItemGenerator() {}

  static List<CampaignItem> generate(long seed, List<Campaign> campaigns) {
    Rng rng = Rng.of(seed, "items");
    List<CampaignItem> items = new ArrayList<>();
    IdSequence ids = new IdSequence(rng, 5_000, 1_000, 5);
    for (Campaign campaign : campaigns) {
      List<ItemCatalog.Spec> specs = ItemCatalog.SPECS.get(campaign.type());
      int[] range = countRange(campaign.type());
      int count = rng.between(range[0], range[1]);
      List<ItemCatalog.Spec> pool = new ArrayList<>(specs);
      List<ItemCatalog.Spec> chosen = new ArrayList<>();
      for (int i = 0; i < Math.min(count, specs.size()); i++) {
        chosen.add(pool.remove(rng.nextInt(pool.size())));
      }
      chosen.sort((a, b) -> Integer.compare(specs.indexOf(a), specs.indexOf(b)));
      for (ItemCatalog.Spec spec : chosen) {
        items.add(item(rng, ids.next(rng), campaign, spec));
      }
    }
    return List.copyOf(items);
  }

  private static int[] countRange(CampaignType type) {
    return switch (type) {
      case AUCTION -> new int[] {6, 12};
      case SALE -> new int[] {3, 7};
      case ATHON -> new int[] {1, 3};
      case RAFFLE, SWEEPSTAKES, TICKETING, CROWDFUNDING -> new int[] {2, 4};
      case GENERAL_DONATION -> new int[] {0, 0};
    };
  }

  private static CampaignItem item(Rng rng, long id, Campaign campaign, ItemCatalog.Spec spec) {
    long price =
        spec.category() != null
            ? rng.skewedCents(spec.minCents(), spec.maxCents())
            : (spec.minCents() + (long) (rng.nextDouble() * (spec.maxCents() - spec.minCents())))
                / 100
                * 100;
    String title = spec.title();
    String description =
        rng.chance(0.5)
            ? "<p>" + title.replace("&", "&amp;") + "</p>"
            : "<p>Here is the item description: <strong>"
                + title.replace("&", "&amp;")
                + "</strong>, a favourite of Zoë's.</p>";
    return new CampaignItem(
        id,
        campaign,
        title,
        "https://s3.amazonaws.com/rallyup-campaigns/" + rng.hex(32) + ".jpg?width=1000&height=746",
        price,
        description,
        spec.bundle(),
        null,
        0,
        true,
        spec.category());
  }
}
