package org.rallyupjdbc.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.ProxySettings;

/**
 * The proxy properties become the client's {@link ProxySettings}: the address as given (resolved
 * only when connecting), the login with its password shown nowhere, the JVM's proxy when unset.
 */
class ProxyPropertiesTest {
  private static final String PROXY_PASSWORD = "pp-9f8e7d";

  @Test
  void theProxyAndItsLoginAreParsedAndThePasswordNeverPrinted() {
    ConnectionSettings settings =
        ConnectionSettings.parse(
            Map.of(
                "password", "secret-1a2b",
                "proxyHost", "proxy.example.com",
                "proxyPort", "3128",
                "proxyUser", "alice",
                "proxyPassword", PROXY_PASSWORD),
            "test");
    ProxySettings proxy = settings.client().proxy();
    assertThat(proxy.address())
        .hasValueSatisfying(
            a -> {
              assertThat(a.getHostString()).isEqualTo("proxy.example.com");
              assertThat(a.getPort()).isEqualTo(3128);
              assertThat(a.isUnresolved()).isTrue();
            });
    assertThat(proxy.toString())
        .isEqualTo("ProxySettings[address=proxy.example.com:3128, login=alice:****]");
    assertThat(settings.toString()).doesNotContain(PROXY_PASSWORD, "secret-1a2b");
  }

  @Test
  void withoutProxyHostTheJvmDecides() {
    ProxySettings proxy =
        ConnectionSettings.parse(Map.of("password", "secret-1a2b"), "test").client().proxy();
    assertThat(proxy.address()).isEmpty();
    assertThat(proxy.login()).isEmpty();
  }
}
