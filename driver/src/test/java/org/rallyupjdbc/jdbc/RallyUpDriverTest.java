package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rallyupjdbc.adapter.RallyUpProperty;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/** Connecting: URL and Properties, validation, login, lexical policy, and what is never shown. */
class RallyUpDriverTest {
  private static final String DONATIONS =
      "[{\"TransactionId\":989,\"CampaignId\":1144},{\"TransactionId\":990,\"CampaignId\":1144}]";

  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void connectsWithEverythingInTheUrl() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(connection, "select count(*) as c from donations", "c=2");
    }
  }

  @Test
  void connectsWithCredentialsInProperties() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    Properties properties = new Properties();
    properties.setProperty("user", FakeRallyUp.LOGIN);
    properties.setProperty("password", FakeRallyUp.SECRET);
    try (Connection connection =
        DriverManager.getConnection("jdbc:rallyup:baseUrl=" + fake.baseUrl(), properties)) {
      Sql.assertRows(
          connection,
          "select transaction_id from donations",
          "transaction_id=989",
          "transaction_id=990");
    }
  }

  @Test
  void theUrlWinsOverProperties() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    Properties properties = new Properties();
    properties.setProperty("pageSize", "50");
    properties.setProperty("PASSWORD", "not-the-secret");
    try (Connection connection =
        DriverManager.getConnection(fake.jdbcUrl(";pagesize=1"), properties)) {
      Sql.rows(connection, "select * from donations");
    }
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v2/api/listdonations?pageIndex=1&pageSize=1",
            "GET /v2/api/listdonations?pageIndex=2&pageSize=1");
  }

  @Test
  void aReadyTokenNeedsNoLogin() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=" + FakeRallyUp.TOKEN)) {
      Sql.assertRows(connection, "select count(*) as c from donations", "c=2");
    }
    assertThat(fake.requests()).noneMatch(r -> r.contains("token"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ";shoeSize=42|Unknown connection property 'shoeSize'. Valid properties: baseUrl, user, password,"
            + " partner, pageSize, catalog, connectTimeout, readTimeout, maxRetries,"
            + " maxConcurrentRequests, cacheTtlSeconds, maxRequestsPerQuery, maxRequestsPerSecond,"
            + " trustStore, trustStorePassword, allowInsecureHttp, logLevel, logFile, recordTo,"
            + " proxyHost, proxyPort, proxyUser, proxyPassword, pushdown",
        ";maxConcurrentRequests=0|Connection property 'maxConcurrentRequests' must be from 1 to 16,"
            + " not 0",
        ";cacheTtlSeconds=-1|Connection property 'cacheTtlSeconds' must be from 0 to 2147483647,"
            + " not -1",
        ";pageSize=0|Connection property 'pageSize' must be at least 1, not 0",
        ";pageSize=many|Connection property 'pageSize' must be a whole number, not 'many'",
        ";partner=yes|Connection property 'partner' must be true or false, not 'yes'",
        ";readTimeout=-5|Connection property 'readTimeout' must be at least 1, not -5",
        ";catalog=/no/such/catalog.json|Connection property 'catalog' names no readable file:"
            + " /no/such/catalog.json"
      })
  void badPropertiesFailWith08001(String extra, String message) {
    assertThatThrownBy(() -> DriverManager.getConnection(fake.jdbcUrl(extra)))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessage(message)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
  }

  @Test
  void aBadBaseUrlIsNamed() {
    assertThatThrownBy(
            () -> DriverManager.getConnection("jdbc:rallyup:baseUrl=go.rallyup.com;password=x"))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessage(
            "Connection property 'baseUrl' must be an http:// or https:// URL without path or query,"
                + " such as https://go.rallyup.com, not 'go.rallyup.com'");
  }

  @Test
  void plainHttpIsRefusedOffThisMachine() {
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=http://go.rallyup.com;password=x"))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessage(
            "Connection property 'baseUrl' is plain http:// to go.rallyup.com, which would send the"
                + " secret unencrypted; use https://, or set allowInsecureHttp=true if you really"
                + " mean it");
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=http://rallyup.invalid;allowInsecureHttp=true;maxRetries=0;user=u;password=x"))
        .as("allowed, so the driver tries to log in and fails to reach the host")
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessageStartingWith("RallyUp login failed: POST http://rallyup.invalid/v1/token");
  }

  @Test
  void thePasswordIsRequired() {
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:rallyup:baseUrl=" + fake.baseUrl()))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessage(
            "Connection property 'password' is required: the organization API secret (with user) or a"
                + " bearer token");
  }

  @Test
  void aBadLoginFailsConnectWith28000AndNoSecret() {
    String url = "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";user=demo;password=wrong-secret-9z";
    assertThatThrownBy(() -> DriverManager.getConnection(url))
        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
        .hasMessage(
            "RallyUp login failed: POST /v1/token answered 400: The user name or password is incorrect.")
        .satisfies(
            e -> {
              SQLException sql = (SQLException) e;
              assertThat(sql.getSQLState()).isEqualTo("28000");
              assertThat(sql.getErrorCode()).isEqualTo(400);
            });
  }

  @Test
  void anUnreachableApiFailsConnectWith08001() {
    String url = fake.jdbcUrl("");
    fake.close();
    assertThatThrownBy(() -> DriverManager.getConnection(url))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasMessageStartingWith("RallyUp login failed: POST " + fake.baseUrl() + "/v1/token: ")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
  }

  @Test
  void propertyInfoListsOurPropertiesAndNeverTheSecret() throws SQLException {
    Properties given = new Properties();
    given.setProperty("password", "top-secret-123");
    DriverPropertyInfo[] infos =
        new RallyUpDriver().getPropertyInfo(fake.jdbcUrl(";pageSize=7"), given);
    assertThat(infos)
        .extracting(i -> i.name)
        .containsExactlyElementsOf(
            Arrays.stream(RallyUpProperty.values()).map(RallyUpProperty::key).toList());
    assertThat(infos).allSatisfy(i -> assertThat(i.description).isNotBlank());
    assertThat(infos)
        .allSatisfy(
            i ->
                assertThat(String.valueOf(i.value))
                    .doesNotContain("top-secret-123", FakeRallyUp.SECRET));
    assertThat(infos)
        .filteredOn(i -> i.name.equals("pageSize"))
        .extracting(i -> i.value)
        .containsExactly("7");
    assertThat(infos)
        .filteredOn(i -> i.required)
        .extracting(i -> i.name)
        .containsExactly("password");
  }

  @Test
  void getUrlAndToStringNeverShowTheSecret() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(connection.getMetaData().getURL())
          .startsWith("jdbc:rallyup:")
          .doesNotContain(FakeRallyUp.SECRET);
      assertThat(connection.toString()).doesNotContain(FakeRallyUp.SECRET);
    }
  }

  @Test
  void otherUrlsAreNotOurs() throws SQLException {
    RallyUpDriver driver = new RallyUpDriver();
    assertThat(driver.acceptsURL("jdbc:postgresql://x/y")).isFalse();
    assertThat(driver.connect("jdbc:postgresql://x/y", new Properties())).isNull();
    assertThat(DriverManager.getDriver("jdbc:rallyup:")).isInstanceOf(RallyUpDriver.class);
  }

  @Test
  void namesMatchWhateverTheCaseAndQuoting() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(connection, "SELECT COUNT(*) AS n FROM Donations", "n=2");
      Sql.assertRows(connection, "SELECT COUNT(*) AS \"N\" FROM \"donations\"", "N=2");
      Sql.assertRows(
          connection,
          "select Transaction_ID from RALLYUP.DONATIONS where CAMPAIGN_ID = 1144 and transaction_id = 990",
          "Transaction_ID=990");
      assertThat(connection.getSchema()).isEqualTo("rallyup");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void literalsOutsideLatin1FilterAndTravelAsUtf8() throws SQLException {
    fake.paged(
        "/v2/api/listdonations",
        FakeRallyUp.records(
            "[{\"TransactionId\":1,\"CampaignId\":1,\"DonorLastName\":\"山田\"},"
                + "{\"TransactionId\":2,\"CampaignId\":1,\"DonorLastName\":\"Łukasz\"}]"));
    fake.single(
        "/v2/api/finduser/%E6%9D%8E@example.org",
        FakeRallyUp.parse("{\"UserId\":7,\"Email\":\"李@example.org\"}"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(
          connection,
          "select transaction_id from donations where donor_last_name = '山田'",
          "transaction_id=1");
      Sql.assertRows(
          connection,
          "select upper(donor_last_name) as n from donations where transaction_id = 2",
          "n=ŁUKASZ");
      Sql.assertRows(
          connection, "select user_id from users where email = '李@example.org'", "user_id=7");
    }
    assertThat(fake.apiRequests()).contains("GET /v2/api/finduser/%E6%9D%8E@example.org");
  }

  @Test
  void aCastThatCanChangeEqualityIsNotUsedForTheLookup() throws SQLException {
    fake.paged(
        "/v2/api/listcampaigns", FakeRallyUp.records("[{\"Id\":12},{\"Id\":123},{\"Id\":5}]"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(
          connection,
          "select id from campaigns where cast(id as varchar(2)) = '12' order by id",
          "id=12",
          "id=123");
    }
    assertThat(fake.apiRequests())
        .containsExactly("GET /v2/api/listcampaigns?pageIndex=1&pageSize=100");
  }

  @Test
  void textOfMixedLengthsIsNotBlankPadded() throws SQLException {
    fake.paged("/v2/api/listdonations", FakeRallyUp.records(DONATIONS));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      Sql.assertRows(
          connection,
          "select case when transaction_id = 989 then 'yes' else 'no' end || '|' as answer"
              + " from donations order by transaction_id",
          "answer=yes|",
          "answer=no|");
    }
  }

  @Test
  void isValidTrustsARecentAnswerAndOtherwiseAsksTheApi() throws SQLException {
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    Connection connection = DriverManager.getConnection(fake.jdbcUrl(";maxRetries=0"));
    try {
      // asks the API once, whatever the current schema; then trusts that recent answer
      connection.setSchema("rallyup_meta");
      assertThat(connection.isValid(5)).isTrue();
      assertThat(connection.isValid(5)).isTrue();
      assertThat(fake.apiRequests()).containsExactly("GET /v2/api/version");
      fake.route("/v2/api/version", r -> FakeRallyUp.json(503, FakeRallyUp.error("down")));
      fake.route("/v2/api/listdonations", r -> FakeRallyUp.json(503, FakeRallyUp.error("down")));
      // a failed request is the latest: the API is asked, and answers 503
      assertThatThrownBy(() -> Sql.rows(connection, "select * from rallyup.donations"))
          .isInstanceOf(SQLException.class);
      assertThat(connection.isValid(5)).isFalse();
      assertThatThrownBy(() -> connection.isValid(-1)).isInstanceOf(SQLException.class);
    } finally {
      connection.close();
    }
    assertThat(connection.isValid(5)).isFalse();
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v2/api/version",
            "GET /v2/api/listdonations?pageIndex=1&pageSize=100",
            "GET /v2/api/version");
  }

  @Test
  void aReadyTokenIsProvedAtConnectWithOneRequest() throws SQLException {
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=" + FakeRallyUp.TOKEN)) {
      assertThat(fake.apiRequests()).containsExactly("GET /v2/api/version");
      assertThat(connection.isValid(5)).isTrue();
      assertThat(fake.apiRequests()).hasSize(1);
    }
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=revoked"))
        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
        .hasFieldOrPropertyWithValue("SQLState", "28000");
  }

  @Test
  void aRateLimitedProofStillConnectsButAnUnansweredOneIs08001() throws SQLException {
    fake.route("/v2/api/version", r -> FakeRallyUp.json(429, FakeRallyUp.error("slow down")));
    String url = "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";maxRetries=0;password=";
    try (Connection connection = DriverManager.getConnection(url + FakeRallyUp.TOKEN)) {
      assertThat(connection.isClosed()).isFalse();
    }
    fake.route("/v2/api/version", r -> FakeRallyUp.json(503, FakeRallyUp.error("down")));
    assertThatThrownBy(() -> DriverManager.getConnection(url + FakeRallyUp.TOKEN))
        .isInstanceOf(SQLNonTransientConnectionException.class)
        .hasFieldOrPropertyWithValue("SQLState", "08001");
  }

  @Test
  void anUnknownTableIsASyntaxError() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThatThrownBy(() -> Sql.rows(connection, "select * from donors"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Object 'donors' not found");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "403|GET /v2/api/listdonations?pageIndex=1&pageSize=100 answered HTTP 403: Not allowed",
        "500|GET /v2/api/listdonations?pageIndex=1&pageSize=100 answered HTTP 500: Not allowed"
      })
  void apiErrorsDuringAQueryAreSqlExceptionsWithTheRequest(int status, String message)
      throws SQLException {
    fake.route(
        "/v2/api/listdonations", r -> FakeRallyUp.json(status, FakeRallyUp.error("Not allowed")));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";maxRetries=0"))) {
      assertThatThrownBy(() -> Sql.rows(connection, "select * from donations"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(message)
          .hasMessageNotContaining(FakeRallyUp.TOKEN);
    }
  }

  @Test
  void anEndpointServedAtNoCandidatePathIsAnSqlExceptionListingThePaths() throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThatThrownBy(() -> Sql.rows(connection, "select * from donations"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(
              "RallyUp serves none of the paths tried for this table (each answered HTTP 404):"
                  + " /v2/api/listdonations, /v1/api/listdonations");
    }
  }

  @Test
  void malformedJsonDuringAQueryIsAnSqlException() throws SQLException {
    fake.body("/v2/api/listdonations", 200, "{\"Result\":{\"Items\":[{\"TransactionId\":1");
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThatThrownBy(() -> Sql.rows(connection, "select * from donations"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(
              "answered HTTP 200 with a body that is not the JSON RallyUp documents");
    }
  }

  @Test
  void anExpiredReadyTokenIsAnAuthenticationErrorAtConnect() {
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=" + fake.baseUrl() + ";password=expired-token"))
        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
        .hasMessageContaining("answered HTTP 401: Authorization has been denied for this request.")
        .hasMessageNotContaining("expired-token");
  }
}
