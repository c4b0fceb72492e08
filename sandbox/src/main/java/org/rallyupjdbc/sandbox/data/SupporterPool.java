package org.rallyupjdbc.sandbox.data;

import java.util.List;
import org.rallyupjdbc.sandbox.model.Person;
import org.rallyupjdbc.sandbox.model.Supporter;

/**
 * Picks supporters with a skew (a few people give again and again) and the checkout answers that
 * come with them.
 */
final class SupporterPool {
  private final List<Person> people;
  private final int[] order;

  SupporterPool(long seed, List<Person> people) {
    this.people = people;
    this.order = new int[people.size()];
    Rng rng = Rng.of(seed, "supporter-order");
    for (int i = 0; i < order.length; i++) {
      int j = rng.nextInt(i + 1);
      order[i] = order[j];
      order[j] = i;
    }
  }

  /** A person, favouring a shuffled front of the list so that repeat donors exist. */
  Person pick(Rng rng) {
    return people.get(order[(int) (order.length * Math.pow(rng.nextDouble(), 2.2))]);
  }

  /** A person and the answers they gave at checkout. */
  Supporter supporter(Rng rng, boolean usuallyWithAddress) {
    return new Supporter(
        pick(rng),
        rng.chance(0.06),
        rng.chance(0.04) ? rng.pick(Texts.DEDICATIONS) : null,
        rng.chance(0.35),
        rng.chance(usuallyWithAddress ? 0.85 : 0.2),
        rng.chance(0.03) ? rng.pick(Texts.SPECIAL_INSTRUCTIONS) : null,
        rng.chance(0.08) ? rng.pick(Texts.COMMENTS) : null,
        rng.chance(0.75));
  }
}
