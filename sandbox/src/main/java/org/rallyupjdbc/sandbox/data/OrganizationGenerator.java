package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.model.OrgAddress;
import org.rallyupjdbc.sandbox.model.Organization;

/** Generates the partner's organizations; the first one is the organization-API "demo" org. */
final class OrganizationGenerator {
  static final int COUNT = 5;

  /** Organizations added after the others, without campaigns or users. */
  static final int WITHOUT_ACTIVITY = 2;

  private OrganizationGenerator() {}

  static List<Organization> generate(long seed) {
    Rng rng = Rng.of(seed, "organizations");
    List<String> names = new ArrayList<>(Texts.ORGANIZATION_NAMES);
    List<Organization> orgs = new ArrayList<>(COUNT);
    IdSequence ids = new IdSequence(rng, 2_090_000, 10_000, 40);
    long created = Timeline.START;
    for (int i = 0; i < COUNT; i++) {
      created = rng.millisBetween(created, created + 90 * Timeline.DAY);
      String name = names.remove(rng.nextInt(names.size()));
      orgs.add(organization(rng, ids.next(rng), name, created, i == COUNT - 1 ? "CAD" : "USD"));
    }
    return List.copyOf(orgs);
  }

  /**
   * Organizations that joined the partner after the others and have no campaigns and no users yet,
   * so that reading every organization's campaigns meets empty listings. Drawn from their own
   * random stream, so the other organizations and everything generated from them stay as they were.
   */
  static List<Organization> withoutActivity(long seed, List<Organization> active) {
    Rng rng = Rng.of(seed, "organizations-without-activity");
    Organization last = active.get(active.size() - 1);
    IdSequence ids = new IdSequence(rng, last.id() + 1, 1_000, 40);
    List<String> names = new ArrayList<>(Texts.ORGANIZATION_NAMES);
    active.forEach(org -> names.remove(org.name()));
    List<Organization> orgs = new ArrayList<>();
    long created = last.createdAt();
    for (int i = 0; i < WITHOUT_ACTIVITY; i++) {
      created = rng.millisBetween(created, created + 30 * Timeline.DAY);
      String name = names.remove(rng.nextInt(names.size()));
      orgs.add(organization(rng, ids.next(rng), name, created, "USD"));
    }
    return List.copyOf(orgs);
  }

  private static Organization organization(
      Rng rng, long id, String name, long created, String currency) {
    boolean canadian = currency.equals("CAD");
    OrgAddress address =
        rng.chance(0.5)
            ? new OrgAddress(
                null, null, null, canadian ? "ON" : "AZ", canadian ? "CA" : "US", null, null)
            : new OrgAddress(
                rng.between(10, 999) + " " + rng.pick(Places.STREETS),
                rng.chance(0.3) ? rng.pick(Places.UNITS) : null,
                canadian ? "Toronto" : "Tucson",
                canadian ? "ON" : "AZ",
                canadian ? "CA" : "US",
                canadian ? "M5V 2T6" : "85710",
                rng.chance(0.5) ? "520555" + rng.between(1000, 9999) : null);
    String slug = rng.hex(6);
    String web = "https://www.example.org/" + slug;
    return new Organization(
        id,
        rng.chance(0.7) ? rng.digits(9) : null,
        name,
        name,
        rng.chance(0.2) ? "office@" + slug + ".example.org" : null,
        slug,
        rng.chance(0.6),
        address,
        rng.chance(0.5)
            ? "https://s3.amazonaws.com/rallyup-organizations/" + rng.hex(32) + ".png"
            : null,
        rng.chance(0.6) ? web : null,
        rng.chance(0.3) ? "https://www.facebook.com/" + slug : null,
        rng.chance(0.2) ? "https://twitter.com/" + slug : null,
        currency,
        created,
        false,
        true);
  }
}
