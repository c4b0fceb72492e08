package org.rallyupjdbc.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.ClientConfig;
import org.rallyupjdbc.client.Credentials;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.Secret;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The row count the planner sees: a guess by endpoint shape until the API has told the table's
 * TotalCount in this connection (a COUNT(*) or an EXPLAIN probe), then that count.
 */
class TableStatisticsTest {
  private final FakeRallyUp fake = new FakeRallyUp();
  private final RallyUpClient client =
      new RallyUpClient(
          new ClientConfig(
              HttpUrl.get(fake.baseUrl()),
              new Credentials(Api.ORGANIZATION, Optional.empty(), Secret.of(FakeRallyUp.TOKEN)),
              Duration.ofSeconds(5),
              Duration.ofSeconds(5),
              "rallyup-jdbc-test"));

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static TableSpec donations() {
    return Catalog.builtIn().schema("rallyup").orElseThrow().table("donations").orElseThrow();
  }

  @Test
  void theApisTotalCountReplacesTheGuess() {
    fake.paged(
        "/v2/api/listdonations",
        List.of(
            FakeRallyUp.parse("{\"TransactionId\": 1, \"CampaignId\": 7}"),
            FakeRallyUp.parse("{\"TransactionId\": 2, \"CampaignId\": 7}"),
            FakeRallyUp.parse("{\"TransactionId\": 3, \"CampaignId\": 8}")));
    RallyUpTable table = new RallyUpTable(donations(), new RallyUpSession(client, 100, 0, true));
    assertThat(table.getStatistic().getRowCount()).isEqualTo(RallyUpTable.GUESSED_PAGED_ROWS);

    ScanSpec whole = ScanSpec.all(donations().columns().size());
    assertThat(table.predict(whole)).isEqualTo("1 (TotalCount 3)");
    assertThat(table.getStatistic().getRowCount()).isEqualTo(3.0);
    assertThat(fake.apiRequests())
        .containsExactly("GET /v2/api/listdonations?pageIndex=1&pageSize=1");
  }
}
