package org.rallyupjdbc.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * https with a certificate the JVM does not trust (a company proxy, a private CA): refused unless
 * the connection names a trust store holding it. Certificates are always verified.
 */
class TrustStoreTest {
  private static final String SERVER_PASSWORD = "fake-server-pass";
  private static final String TRUST_PASSWORD = "trust-pass";

  private final FakeRallyUp fake = new FakeRallyUp(serverTls());

  @AfterEach
  void stop() {
    fake.close();
  }

  private static SSLSocketFactory serverTls() {
    try (InputStream in = TrustStoreTest.class.getResourceAsStream("/tls/server.p12")) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, SERVER_PASSWORD.toCharArray());
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, SERVER_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context.getSocketFactory();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String trustStore() throws URISyntaxException {
    return Path.of(TrustStoreTest.class.getResource("/tls/trust.p12").toURI()).toString();
  }

  @Test
  void anUntrustedCertificateIsRefusedAtConnect() {
    assertThat(fake.baseUrl()).startsWith("https://");
    assertThatThrownBy(() -> DriverManager.getConnection(fake.jdbcUrl("")))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessageContaining("RallyUp login failed: POST https://")
        .hasMessageContaining("SSLHandshakeException: PKIX path building failed");
  }

  @Test
  void aTrustStoreHoldingTheCertificateLetsTheConnectionThrough() throws Exception {
    fake.paged(
        "/v2/api/listdonations",
        List.of(FakeRallyUp.parse("{\"TransactionId\": 5, \"CampaignId\": 7}")));
    try (Connection connection =
        DriverManager.getConnection(
            fake.jdbcUrl(
                ";trustStore=" + trustStore() + ";trustStorePassword=" + TRUST_PASSWORD))) {
      assertThat(Sql.rows(connection, "SELECT transaction_id FROM donations"))
          .containsExactly("transaction_id=5");
    }
  }

  @Test
  void aWrongTrustStorePasswordIsABadPropertyThatDoesNotShowThePassword() {
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    fake.jdbcUrl(";trustStore=" + trustStore() + ";trustStorePassword=hunter22")))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessageContaining("Connection property 'trustStore' could not be read")
        .hasMessageNotContaining("hunter22");
  }

  @Test
  void aMissingTrustStoreFileIsABadProperty() {
    assertThatThrownBy(
            () -> DriverManager.getConnection(fake.jdbcUrl(";trustStore=/no/such/trust.p12")))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessage("Connection property 'trustStore' names no readable file: /no/such/trust.p12");
  }
}
