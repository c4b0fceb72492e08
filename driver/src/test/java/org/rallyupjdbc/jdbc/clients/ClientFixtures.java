package org.rallyupjdbc.jdbc.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The data the client-emulation tests read: twelve donations to campaigns 7 and 8 (ids 101 to 112,
 * one a day from 5 March 2024 at noon, the last without a date), and the two campaigns.
 */
final class ClientFixtures {
  static final int DONATIONS = 12;

  private ClientFixtures() {}

  /** A fake RallyUp serving the donations and campaigns. */
  static FakeRallyUp fake() {
    FakeRallyUp fake = new FakeRallyUp();
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(donations()));
    fake.paged(
        "/v2/api/listcampaigns",
        FakeRallyUp.records(
            "[{\"Id\":7,\"Name\":\"Spring Gala\",\"AmountGoal\":5000},"
                + "{\"Id\":8,\"Name\":\"Fun Run\",\"AmountGoal\":2500}]"));
    return fake;
  }

  private static String donations() {
    String[] names = {"Ann", "Bob", "Alice", "Carl"};
    List<String> records = new ArrayList<>();
    for (int i = 1; i <= DONATIONS; i++) {
      String date =
          i == DONATIONS
              ? ""
              : String.format(
                  Locale.ROOT, ",\"TransactionCreatedDate\":\"2024/03/%02d 12:00:00\"", i + 4);
      records.add(
          String.format(
              Locale.ROOT,
              "{\"TransactionId\":%d,\"CampaignId\":%d,\"TransactionGrossAmount\":\"$%d.00\","
                  + "\"DonorFirstName\":\"%s\",\"IsRecurring\":%b%s}",
              100 + i,
              i % 2 == 1 ? 7 : 8,
              i * 5,
              names[(i - 1) % names.length],
              i % 3 == 0,
              date));
    }
    return "[" + String.join(",", records) + "]";
  }
}
