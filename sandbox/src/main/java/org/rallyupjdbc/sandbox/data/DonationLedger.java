package org.rallyupjdbc.sandbox.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Campaign;
import org.rallyupjdbc.sandbox.model.Donation;

/**
 * The donations, in TransactionId (and creation) order. Under --drift new donations arrive while
 * clients page; readers always see an immutable snapshot.
 */
public final class DonationLedger {
  /** How many donations arrive before each listdonations request under --drift. */
  public static final int DRIFT_ARRIVALS = 5;

  private final DonationFactory factory;
  private final Rng rng;
  private final List<Campaign> openCampaigns;
  private volatile List<Donation> donations;
  private long lastId;
  private long lastAt;

  DonationLedger(long seed, List<Donation> initial, DonationFactory factory, List<Campaign> demo) {
    this.factory = factory;
    this.rng = Rng.of(seed, "drift");
    List<Campaign> open = demo.stream().filter(c -> c.endAt() > Timeline.AS_OF).toList();
    this.openCampaigns = open.isEmpty() ? demo : open;
    this.donations = Collections.unmodifiableList(initial);
    Donation last = initial.get(initial.size() - 1);
    this.lastId = last.transactionId();
    this.lastAt = Math.max(last.createdAt(), Timeline.AS_OF);
  }

  /** The current donations, oldest first. */
  public List<Donation> all() {
    return donations;
  }

  /** Adds {@link #DRIFT_ARRIVALS} new donations, newer and with higher ids than all others. */
  public synchronized void arrive() {
    List<Donation> next = new ArrayList<>(donations.size() + DRIFT_ARRIVALS);
    next.addAll(donations);
    for (int i = 0; i < DRIFT_ARRIVALS; i++) {
      lastId += 1 + rng.nextInt(4);
      lastAt += rng.between(1, 60) * Timeline.SECOND;
      next.add(factory.create(rng, lastId, rng.pick(openCampaigns), lastAt));
    }
    donations = Collections.unmodifiableList(next);
  }
}
