package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.jdbc.oracle.Results.Result;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The dialect's spellings plan as their standard forms do: a query written with GROUP BY and ORDER
 * BY ordinals or aliases, {@code !=}, {@code ::} or ILIKE makes exactly the API requests of the
 * same query written the long way, and returns the same rows. The cache is off, so every run pays
 * its own requests.
 */
class DialectPushdownTest {
  private static FakeRallyUp fake;
  private static Connection driver;
  private static long campaignId;

  @BeforeAll
  static void start() throws SQLException {
    TestDataset data = TestDataset.generate(20_240_229L, 300);
    fake = new FakeRallyUp();
    data.serve(fake);
    driver = DriverManager.getConnection(fake.jdbcUrl(";pageSize=64;cacheTtlSeconds=0"));
    Result first =
        Results.read(
            driver,
            "SELECT campaign_id FROM donations WHERE campaign_id IS NOT NULL"
                + " GROUP BY campaign_id ORDER BY COUNT(*) DESC, campaign_id LIMIT 1");
    campaignId = Long.parseLong(first.rows().get(0));
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      driver.close();
    } finally {
      fake.close();
    }
  }

  /** Pairs: the dialect's spelling, then the long form; {@code #} stands for a campaign id. */
  static Stream<Named<List<String>>> pairs() {
    return Stream.of(
        pair(
            "GROUP BY ordinal with a pushed campaign",
            "SELECT campaign_type, COUNT(*) FROM donations WHERE campaign_id = # GROUP BY 1",
            "SELECT campaign_type, COUNT(*) FROM donations WHERE campaign_id = #"
                + " GROUP BY campaign_type"),
        pair(
            "GROUP BY alias and ORDER BY ordinal with a pushed date range",
            "SELECT DATE_TRUNC('month', transaction_created_date) AS m,"
                + " SUM(transaction_gross_amount_value) FROM donations"
                + " WHERE transaction_created_date >= TIMESTAMP '2024-06-01 00:00:00'"
                + " GROUP BY m ORDER BY 1",
            "SELECT FLOOR(transaction_created_date TO MONTH) AS m,"
                + " SUM(transaction_gross_amount_value) FROM donations"
                + " WHERE transaction_created_date >= TIMESTAMP '2024-06-01 00:00:00'"
                + " GROUP BY FLOOR(transaction_created_date TO MONTH)"
                + " ORDER BY FLOOR(transaction_created_date TO MONTH)"),
        pair(
            "!= is <>",
            "SELECT COUNT(*) FROM donations WHERE campaign_id = # AND campaign_type != 'Raffle'",
            "SELECT COUNT(*) FROM donations WHERE campaign_id = # AND campaign_type <> 'Raffle'"),
        pair(
            ":: is CAST",
            "SELECT transaction_id::varchar FROM donations WHERE campaign_id = # ORDER BY 1",
            "SELECT CAST(transaction_id AS VARCHAR) FROM donations WHERE campaign_id = #"
                + " ORDER BY CAST(transaction_id AS VARCHAR)"),
        pair(
            "a LIMIT under ORDER BY ordinal still limits the listing",
            "SELECT transaction_id, campaign_type FROM donations ORDER BY 1 LIMIT 3",
            "SELECT transaction_id, campaign_type FROM donations ORDER BY transaction_id LIMIT 3"));
  }

  private static Named<List<String>> pair(String name, String dialect, String standard) {
    return Named.of(name, List.of(dialect, standard));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void dialectSpellingCostsWhatTheLongFormCosts(List<String> pair) throws SQLException {
    String dialect = pair.get(0).replace("#", Long.toString(campaignId));
    String standard = pair.get(1).replace("#", Long.toString(campaignId));

    fake.clearRequests();
    Result dialectRows = Results.read(driver, dialect);
    List<String> dialectRequests = fake.apiRequests();
    fake.clearRequests();
    Result standardRows = Results.read(driver, standard);
    List<String> standardRequests = fake.apiRequests();

    assertThat(dialectRows.rows()).as("rows of %s", dialect).isNotEmpty();
    assertThat(dialectRows.rows()).isEqualTo(standardRows.rows());
    // pages are fetched in parallel, so only the set of requests is fixed, not their order
    assertThat(dialectRequests)
        .as("requests of %s", dialect)
        .containsExactlyInAnyOrderElementsOf(standardRequests);
    if (standard.contains("campaign_id = ")) {
      assertThat(dialectRequests)
          .as("the campaign is sent to the API")
          .allMatch(r -> r.contains(Long.toString(campaignId)));
    }
  }
}
