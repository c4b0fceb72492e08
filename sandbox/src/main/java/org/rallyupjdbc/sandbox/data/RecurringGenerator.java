package org.rallyupjdbc.sandbox.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.sandbox.model.Donation;
import org.rallyupjdbc.sandbox.model.RecurringDonation;

/** One recurring-donation schedule per recurring listdonations transaction (its first payment). */
final class RecurringGenerator {
  private RecurringGenerator() {}

  static List<RecurringDonation> generate(long seed, List<Donation> donations) {
    Rng rng = Rng.of(seed, "recurring");
    List<RecurringDonation> schedules = new ArrayList<>();
    IdSequence ids = new IdSequence(rng, 24_000, 1_000, 4);
    for (Donation donation : donations) {
      if (!donation.recurring()) {
        continue;
      }
      int months =
          switch (donation.recurrencePeriod()) {
            case "Quarterly" -> 3;
            case "Annually" -> 12;
            default -> 1;
          };
      long stop =
          donation.recurringEndDate() == null
              ? Timeline.AS_OF
              : Math.min(donation.recurringEndDate(), Timeline.AS_OF);
      String status =
          donation.refund() != null || rng.chance(0.1)
              ? "Cancelled"
              : donation.recurringEndDate() != null && donation.recurringEndDate() <= Timeline.AS_OF
                  ? "Completed"
                  : "Active";
      ZonedDateTime start = Instant.ofEpochMilli(donation.createdAt()).atZone(ZoneOffset.UTC);
      ZonedDateTime end = Instant.ofEpochMilli(stop).atZone(ZoneOffset.UTC);
      int payments = (int) (ChronoUnit.MONTHS.between(start, end) / months) + 1;
      Long next =
          status.equals("Active")
              ? start.plusMonths((long) payments * months).toInstant().toEpochMilli()
              : null;
      schedules.add(
          new RecurringDonation(
              ids.next(rng),
              donation.campaign(),
              donation.supporter(),
              donation.payment(),
              donation.createdAt(),
              next,
              donation.grossCents(),
              donation.recurrencePeriod(),
              payments,
              status));
    }
    return List.copyOf(schedules);
  }
}
