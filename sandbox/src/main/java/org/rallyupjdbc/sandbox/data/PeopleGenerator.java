package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.StreetAddress;

/** Generates the RallyUp users: unique e-mail addresses, ids ascending with sign-up date. */
final class PeopleGenerator {
  private PeopleGenerator() {}

  static List<Person> generate(long seed, int count) {
    Rng rng = Rng.of(seed, "people");
    long[] signups = new long[count];
    for (int i = 0; i < count; i++) {
      signups[i] = rng.millisBetween(Timeline.START, Timeline.AS_OF - 30 * Timeline.DAY);
    }
    Arrays.sort(signups);
    List<Person> people = new ArrayList<>(count);
    IdSequence ids = new IdSequence(rng, 1_000, 4_000, 3);
    for (long signup : signups) {
      people.add(person(rng, ids.next(rng), signup));
    }
    return List.copyOf(people);
  }

  private static Person person(Rng rng, long userId, long created) {
    Names.Name first = rng.pick(Names.FIRST);
    Names.Name last = rng.pick(Names.LAST);
    String tag = rng.chance(0.05) ? "+gifts" : "";
    String email =
        first.ascii() + "." + last.ascii() + userId + tag + "@" + rng.pick(Names.EMAIL_DOMAINS);
    long updated =
        rng.chance(0.4) ? created : rng.millisBetween(created, Timeline.AS_OF - Timeline.DAY);
    return new Person(
        userId,
        first.display(),
        last.display(),
        email,
        phone(rng),
        created,
        updated,
        rng.chance(0.03),
        rng.chance(0.9),
        address(rng));
  }

  private static String phone(Rng rng) {
    if (rng.chance(0.3)) {
      return null;
    }
    String digits = rng.between(201, 989) + "555" + rng.digits(4);
    return rng.chance(0.5) ? "+1" + digits : digits;
  }

  private static StreetAddress address(Rng rng) {
    Places.City city = rng.pick(Places.CITIES);
    String zip =
        city.country().equals("Canada")
            ? city.zipStem() + " " + rng.between(1, 9) + "A" + rng.between(1, 9)
            : city.zipStem() + rng.digits(2);
    String unit = rng.chance(0.3) ? rng.pick(Places.UNITS) : null;
    return new StreetAddress(
        rng.between(1, 9_999) + " " + rng.pick(Places.STREETS),
        unit,
        city.name(),
        city.state(),
        city.country(),
        zip);
  }
}
