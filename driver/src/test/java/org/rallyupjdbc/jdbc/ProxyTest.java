package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.LoopbackProxy;

/**
 * {@code proxyHost}/{@code proxyPort} send every request through a forward proxy on loopback (the
 * API host, {@code .invalid}, does not even resolve), and {@code proxyUser}/{@code proxyPassword}
 * answer its 407, also when the JVM's {@code http.proxyHost} names the proxy instead; a refused or
 * missing proxy login fails the connection with 08001 and a message that says what to set, and the
 * proxy password shows nowhere.
 */
class ProxyTest {
  private static final String API = "http://api.rallyup-proxy-test.invalid";
  private static final String PROXY_USER = "proxy-user";
  private static final String PROXY_PASSWORD = "proxy-pw-5e6f7a";

  @AfterEach
  void restore() {
    DriverLogging.reset();
  }

  @Test
  void proxyHostAndPortRouteTheLoginAndTheQueries() throws Exception {
    try (FakeRallyUp fake = donations();
        LoopbackProxy proxy = LoopbackProxy.open(fake.baseUrl())) {
      assertThat(firstDonation(url(proxy, ""))).isEqualTo(41);
      assertThat(proxy.relayed())
          .contains("POST " + API + "/v1/token")
          .anyMatch(r -> r.startsWith("GET " + API + "/v2/api/listdonations?"));
      assertThat(proxy.challenges()).isZero();
    }
  }

  @Test
  void theProxyLoginAnswersTheChallengeAndItsPasswordShowsNowhere(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("driver.log");
    try (FakeRallyUp fake = donations();
        LoopbackProxy proxy = LoopbackProxy.withLogin(fake.baseUrl(), PROXY_USER, PROXY_PASSWORD)) {
      String url = url(proxy, ";logLevel=trace;logFile=" + log + withLogin(PROXY_PASSWORD));
      assertThat(firstDonation(url)).isEqualTo(41);
      assertThat(proxy.challenges()).as("the first request met a 407").isPositive();
      assertThat(proxy.relayed()).anyMatch(r -> r.startsWith("GET " + API + "/v2/api/"));
      try (Connection connection = DriverManager.getConnection(url)) {
        assertThat(connection.getMetaData().getURL())
            .contains("proxyUser")
            .doesNotContain(PROXY_PASSWORD);
        assertThat(connection.toString()).doesNotContain(PROXY_PASSWORD);
      }
      DriverPropertyInfo[] info = new RallyUpDriver().getPropertyInfo(url, new Properties());
      assertThat(Arrays.stream(info).filter(p -> p.name.equals("proxyPassword")))
          .singleElement()
          .satisfies(p -> assertThat(p.value).isNull());
      assertThat(Arrays.stream(info).filter(p -> p.name.equals("proxyUser")))
          .singleElement()
          .satisfies(p -> assertThat(p.value).isEqualTo(PROXY_USER));
      assertThatThrownBy(() -> DriverManager.getConnection(url + ";proxyPort=0"))
          .hasMessageContaining("'proxyPort' must be from 1 to 65535")
          .hasMessageNotContaining(PROXY_PASSWORD);
    }
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("GET /v2/api/listdonations?")
        .doesNotContain(PROXY_PASSWORD)
        .doesNotContain(FakeRallyUp.SECRET);
  }

  @Test
  void withoutProxyHostTheJvmsProxyIsUsedAndTheLoginAnswersIt() throws Exception {
    try (FakeRallyUp fake = donations();
        LoopbackProxy proxy = LoopbackProxy.withLogin(fake.baseUrl(), PROXY_USER, PROXY_PASSWORD)) {
      String host = System.getProperty("http.proxyHost");
      String port = System.getProperty("http.proxyPort");
      // test classes run one at a time (junit-platform.properties), so no other test sees these
      System.setProperty("http.proxyHost", "127.0.0.1");
      System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
      try {
        String url =
            url(proxy, withLogin(PROXY_PASSWORD))
                .replaceFirst(";proxyHost=[^;]*;proxyPort=\\d+", "");
        assertThat(url).doesNotContain("proxyHost");
        assertThat(firstDonation(url)).isEqualTo(41);
      } finally {
        restore("http.proxyHost", host);
        restore("http.proxyPort", port);
      }
      assertThat(proxy.challenges()).isPositive();
      assertThat(proxy.relayed()).anyMatch(r -> r.startsWith("GET " + API + "/v2/api/"));
    }
  }

  @Test
  void aWrongProxyPasswordFailsTheConnectionSayingSo() throws Exception {
    try (FakeRallyUp fake = donations();
        LoopbackProxy proxy = LoopbackProxy.withLogin(fake.baseUrl(), PROXY_USER, PROXY_PASSWORD)) {
      String wrong = "wrong-pw-1b2c";
      assertThatThrownBy(() -> DriverManager.getConnection(url(proxy, withLogin(wrong))))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("refused proxyUser '" + PROXY_USER + "'")
          .hasMessageContaining("check proxyUser and proxyPassword")
          .hasMessageNotContaining(wrong)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08001");
      assertThat(proxy.challenges()).as("asked twice, not retried").isEqualTo(2);
      assertThatThrownBy(() -> DriverManager.getConnection(url(proxy, "")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("asks for a login (HTTP 407): set the proxyUser and proxyPassword")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08001");
      assertThat(proxy.relayed()).isEmpty();
    }
  }

  @Test
  void halfAProxySettingIsRefused() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      assertThatThrownBy(() -> DriverManager.getConnection(fake.jdbcUrl(";proxyHost=127.0.0.1")))
          .hasMessage("Connection property 'proxyHost' needs proxyPort as well")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08001");
      assertThatThrownBy(
              () -> DriverManager.getConnection(fake.jdbcUrl(";proxyPassword=" + PROXY_PASSWORD)))
          .hasMessage("Connection property 'proxyPassword' needs proxyUser as well");
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private static FakeRallyUp donations() {
    FakeRallyUp fake = new FakeRallyUp();
    fake.paged(
        "/v2/api/listdonations", FakeRallyUp.records("[{\"TransactionId\":41,\"CampaignId\":1}]"));
    return fake;
  }

  private static String url(LoopbackProxy proxy, String extra) {
    return "jdbc:rallyup:baseUrl="
        + API
        + ";allowInsecureHttp=true;user="
        + FakeRallyUp.LOGIN
        + ";password="
        + FakeRallyUp.SECRET
        + ";proxyHost=127.0.0.1;proxyPort="
        + proxy.port()
        + extra;
  }

  private static String withLogin(String password) {
    return ";proxyUser=" + PROXY_USER + ";proxyPassword=" + password;
  }

  private static int firstDonation(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select transaction_id from donations")) {
      assertThat(rows.next()).isTrue();
      return rows.getInt(1);
    }
  }
}
