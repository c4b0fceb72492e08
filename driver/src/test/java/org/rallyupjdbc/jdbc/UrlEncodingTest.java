package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * A value from SQL reaches RallyUp as exactly one path segment or one query-parameter value,
 * whatever it holds: no path traversal, no extra segment, no extra parameter.
 */
class UrlEncodingTest {
  private final FakeRallyUp fake = new FakeRallyUp();

  @AfterEach
  void close() {
    fake.close();
  }

  /** What the server makes of a request line it received. */
  private HttpUrl received(String requestLine) {
    return HttpUrl.get(fake.baseUrl() + requestLine.substring("GET ".length()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../../x?y=1|/v2/api/finduser/..%2F..%2Fx%3Fy=1",
        "a/b#c|/v2/api/finduser/a%2Fb%23c",
        "x y%2Fz|/v2/api/finduser/x%20y%252Fz",
        "%2e%2e|/v2/api/finduser/%252e%252e"
      })
  void anEmailFromSqlIsOneEncodedPathSegment(String email, String path) throws SQLException {
    fake.single(path, FakeRallyUp.parse("{\"UserId\": 7, \"Email\": \"" + email + "\"}"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement("SELECT user_id FROM users WHERE email = ?")) {
      statement.setString(1, email);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(Sql.render(rows)).containsExactly("user_id=7");
      }
    }
    assertThat(fake.apiRequests()).containsExactly("GET " + path);
    HttpUrl url = received(fake.apiRequests().get(0));
    assertThat(url.pathSegments()).containsExactly("v2", "api", "finduser", email);
    assertThat(url.query()).isNull();
  }

  @Test
  void aLiteralInTheSqlTextIsEncodedTheSameWay() throws SQLException {
    fake.route(
        "/v2/api/finduser/..%2F..%2Fx%3Fy=1",
        request -> FakeRallyUp.json(404, FakeRallyUp.error("User not found.")));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      assertThat(Sql.rows(connection, "SELECT * FROM users WHERE email = '../../x?y=1'")).isEmpty();
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/finduser/..%2F..%2Fx%3Fy=1");
  }

  /**
   * URLs drop {@code .} and {@code ..} segments (OkHttp would send {@code GET /v2/api/} for {@code
   * ..}) and an empty value is no segment, so no request can ask for such a user and none has such
   * an e-mail address.
   */
  @ParameterizedTest
  @ValueSource(strings = {"..", ".", ""})
  void aValueNoPathSegmentCanCarrySendsNothingAndMatchesNothing(String email) throws SQLException {
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""));
        PreparedStatement statement =
            connection.prepareStatement("SELECT user_id FROM users WHERE email = ?")) {
      statement.setString(1, email);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isFalse();
      }
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void aLookupKeyNoPathSegmentCanCarryIsSkipped(@TempDir Path dir) throws Exception {
    Path catalog = userCatalog(dir);
    fake.single("/v3/api/badge/gold", FakeRallyUp.parse("{\"Code\": \"gold\"}"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";catalog=" + catalog))) {
      assertThat(Sql.rows(connection, "SELECT code FROM badges WHERE code IN ('..', 'gold', '')"))
          .containsExactly("code=gold");
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/badge/gold");
  }

  /**
   * No shipped table takes a text query parameter from SQL (the ones there are take ids and dates),
   * so this one comes from a user catalog.
   */
  @Test
  void aTextQueryParameterFromSqlIsOneEncodedValue(@TempDir Path dir) throws Exception {
    Path catalog = userCatalog(dir);
    fake.paged(
        "/v2/api/listdonors",
        FakeRallyUp.records("[{\"Name\": \"a&pageIndex=9&b=c\"}, {\"Name\": \"other\"}]"));
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";catalog=" + catalog))) {
      assertThat(Sql.rows(connection, "SELECT name FROM donors WHERE name = 'a&pageIndex=9&b=c'"))
          .containsExactly("name=a&pageIndex=9&b=c");
    }
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v2/api/listdonors?name=a%26pageIndex%3D9%26b%3Dc&pageIndex=1&pageSize=100");
    HttpUrl url = received(fake.apiRequests().get(0));
    assertThat(url.queryParameterNames()).containsExactly("name", "pageIndex", "pageSize");
    assertThat(url.queryParameterValues("name")).containsExactly("a&pageIndex=9&b=c");
    assertThat(url.queryParameterValues("pageIndex")).containsExactly("1");
  }

  /** Donors listed by a text query parameter, badges looked up by a text key. */
  private static Path userCatalog(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("catalog.json"),
        String.join(
            "\n",
            List.of(
                "{\"schemas\": [{\"name\": \"rallyup\", \"api\": \"ORGANIZATION\", \"tables\": [",
                "  {\"name\": \"donors\", \"description\": \"Donors found by name.\",",
                "   \"paths\": [\"/v2/api/listdonors\"], \"shape\": \"PAGED\",",
                "   \"parameters\": [{\"name\": \"name\", \"column\": \"name\", \"kind\": \"EQUALS\",",
                "     \"required\": true, \"assumed\": false}],",
                "   \"columns\": [{\"field\": \"Name\", \"type\": \"VARCHAR\",",
                "     \"description\": \"Donor name.\"}]},",
                "  {\"name\": \"badges\", \"description\": \"Badges by code.\",",
                "   \"paths\": [\"/v3/api/badges\"], \"shape\": \"ARRAY\",",
                "   \"lookup\": {\"paths\": [\"/v3/api/badge/{code}\"], \"column\": \"code\"},",
                "   \"columns\": [{\"field\": \"Code\", \"type\": \"VARCHAR\",",
                "     \"description\": \"Badge code.\"}]}]}]}")));
  }
}
