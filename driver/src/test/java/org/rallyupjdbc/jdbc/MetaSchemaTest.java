package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * Schema {@code rallyup_meta}: the request log shows each request of the connection with its
 * statement, size, records and cache hits (and never the token); the capabilities list what each
 * table's API can do. Also: an IN list over a key sends its lookups concurrently.
 */
class MetaSchemaTest {
  private static final String DONATIONS = "/v2/api/listdonations";
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static JsonNode donation(int id) {
    return FakeRallyUp.parse("{\"TransactionId\": " + id + ", \"CampaignId\": 7}");
  }

  private static JsonNode campaign(int id) {
    return FakeRallyUp.parse("{\"Id\": " + id + ", \"Name\": \"Campaign " + id + "\"}");
  }

  @Test
  void requestsShowsEachRequestOfEachStatementAndTheCacheHits() throws SQLException {
    fake.paged(DONATIONS, List.of(donation(1), donation(2), donation(3)));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";pageSize=2"))) {
      Sql.rows(connection, "SELECT transaction_id FROM donations");
      Sql.rows(connection, "SELECT campaign_id FROM donations");
      List<String> log =
          Sql.rows(
              connection,
              "SELECT statement_id, http_method, target, status, records, retries, cache_hit,"
                  + " bytes > 0 AS has_bytes FROM rallyup_meta.requests ORDER BY started_at,"
                  + " target");
      assertThat(log)
          .hasSize(4)
          .allSatisfy(row -> assertThat(row).doesNotContain(FakeRallyUp.TOKEN))
          .allSatisfy(row -> assertThat(row).contains("http_method=GET; ").contains("status=200"));
      assertThat(log.subList(0, 2))
          .extracting(MetaSchemaTest::withoutStatement)
          .containsExactly(
              "target=" + DONATIONS + "?pageIndex=1&pageSize=2; records=2; cache_hit=false",
              "target=" + DONATIONS + "?pageIndex=2&pageSize=2; records=1; cache_hit=false");
      assertThat(log.subList(2, 4))
          .extracting(MetaSchemaTest::withoutStatement)
          .containsExactly(
              "target=" + DONATIONS + "?pageIndex=1&pageSize=2; records=2; cache_hit=true",
              "target=" + DONATIONS + "?pageIndex=2&pageSize=2; records=1; cache_hit=true");
      assertThat(log.stream().map(row -> row.substring(0, row.indexOf(';'))).distinct())
          .as("one statement id per query")
          .hasSize(2);
    }
    assertThat(fake.apiRequests()).hasSize(2);
  }

  private static String withoutStatement(String row) {
    String[] fields = row.split("; ");
    return fields[2] + "; " + fields[4] + "; " + fields[6];
  }

  @Test
  void aFailedRequestHasNoRecordsAndNoBytesButNoneDropped() throws SQLException {
    fake.route("/v3/api/teams", r -> FakeRallyUp.json(500, FakeRallyUp.error("boom")));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";maxRetries=0"))) {
      assertThatThrownBy(() -> Sql.rows(connection, "SELECT id FROM teams"))
          .isInstanceOf(SQLException.class);
      assertThat(
              Sql.rows(
                  connection,
                  "SELECT status, records IS NULL AS no_records, duplicates"
                      + " FROM rallyup_meta.requests WHERE records IS NULL"))
          .containsExactly("status=500; no_records=true; duplicates=0");
    }
  }

  @Test
  void aRequestCeilingPacesTheRequestsAndTheWaitsShowInTheLog() throws SQLException {
    fake.paged(DONATIONS, List.of(donation(1), donation(2), donation(3), donation(4)));
    try (Connection connection =
        DriverManager.getConnection(fake.jdbcUrl(";pageSize=1;maxRequestsPerSecond=5"))) {
      assertThat(Sql.rows(connection, "SELECT transaction_id FROM donations")).hasSize(4);
      List<String> waits =
          Sql.rows(
              connection,
              "SELECT COUNT(*) AS n, SUM(waited_millis) >= 500 AS paced,"
                  + " MAX(waited_millis) >= 350 AS last_waited FROM rallyup_meta.requests");
      // 5 per second: pages 2, 3 and 4 start about 200, 400 and 600 ms after page 1
      assertThat(waits).containsExactly("n=4; paced=true; last_waited=true");
    }
  }

  @Test
  void capabilitiesSayWhatEachTablesApiCanDo() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(
              Sql.rows(
                  connection,
                  "SELECT table_name, column_name, operators, sent_as, exact, required, assumed"
                      + " FROM rallyup_meta.capabilities WHERE table_name IN ('campaigns',"
                      + " 'users') ORDER BY table_name, operators"))
          .containsExactly(
              "table_name=campaigns; column_name=id; operators==, IN (up to 100 values);"
                  + " sent_as=one request per value to /v2/api/campaign/{id}; exact=true;"
                  + " required=false; assumed=false",
              "table_name=campaigns; column_name=null; operators=COUNT(*); sent_as=TotalCount of"
                  + " a one-record page; exact=true; required=false; assumed=false",
              "table_name=campaigns; column_name=id; operators=JOIN ON =, IN (SELECT ...),"
                  + " EXISTS; sent_as=one request per distinct key of the other side to"
                  + " /v2/api/campaign/{id}, when that costs less than the listing and no other"
                  + " condition is pushed; exact=true; required=false; assumed=false",
              "table_name=campaigns; column_name=null; operators=LIMIT, setMaxRows;"
                  + " sent_as=smaller pageSize; paging stops; exact=true; required=false;"
                  + " assumed=false",
              "table_name=users; column_name=email; operators==, IN (one request per value);"
                  + " sent_as=path parameter email; exact=true; required=true; assumed=false",
              "table_name=users; column_name=email; operators=JOIN ON =, IN (SELECT ...),"
                  + " EXISTS; sent_as=parameter email, one request per distinct key of the other"
                  + " side; exact=true; required=true; assumed=false");
      // an undocumented parameter is re-checked, and probed before a join relies on it
      assertThat(
              Sql.rows(
                  connection,
                  "SELECT sent_as, exact FROM rallyup_meta.capabilities WHERE table_name ="
                      + " 'donations' AND operators LIKE 'JOIN%'"))
          .containsExactly(
              "sent_as=parameter campaignId, one request per distinct key of the other side (the"
                  + " first key probes it: if the API ignores it, that one listing serves all);"
                  + " exact=false");
    }
  }

  @Test
  void anInListOverAKeySendsItsLookupsConcurrently() throws SQLException {
    CountDownLatch allThreeArrived = new CountDownLatch(3);
    for (int id = 1; id <= 3; id++) {
      JsonNode record = campaign(id);
      fake.route(
          "/v2/api/campaign/" + id,
          request -> {
            allThreeArrived.countDown();
            try {
              // answered only once all three requests are in flight at the same time
              return allThreeArrived.await(5, TimeUnit.SECONDS)
                  ? FakeRallyUp.json(200, FakeRallyUp.envelope(record))
                  : FakeRallyUp.json(500, FakeRallyUp.error("the lookups came one at a time"));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          });
    }
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";maxRetries=0"))) {
      assertThat(Sql.rows(connection, "SELECT id, name FROM campaigns WHERE id IN (3, 1, 2)"))
          .containsExactly(
              "id=1; name=Campaign 1", "id=2; name=Campaign 2", "id=3; name=Campaign 3");
    }
    assertThat(fake.apiRequests())
        .containsExactlyInAnyOrder(
            "GET /v2/api/campaign/1", "GET /v2/api/campaign/2", "GET /v2/api/campaign/3");
  }
}
