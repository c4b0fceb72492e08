package org.rallyupjdbc.jdbc.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.JarProbe;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * The JVM's standard proxy properties ({@code http.proxyHost}, {@code http.proxyPort}; https
 * likewise) route the driver's requests: a child JVM with the shaded jar asks for an API host that
 * does not resolve ({@code .invalid}), and the rows still arrive because a loopback proxy (the fake
 * API, which answers absolute-form requests as a forward proxy would relay them) received them.
 */
class JvmProxyIT {
  @Test
  void requestsGoThroughTheProxyTheJvmPropertiesName() throws Exception {
    try (FakeRallyUp proxy = new FakeRallyUp()) {
      proxy.paged(
          "/v2/api/listdonations",
          FakeRallyUp.records("[{\"TransactionId\":41,\"CampaignId\":1}]"));
      int port = URI.create(proxy.baseUrl()).getPort();
      String url =
          "jdbc:rallyup:baseUrl=http://api.rallyup-proxy-test.invalid;allowInsecureHttp=true"
              + ";user="
              + FakeRallyUp.LOGIN
              + ";password="
              + FakeRallyUp.SECRET;
      List<String> lines =
          ChildJvm.start(
                  List.of("-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port),
                  List.of(JarProbe.class.getName()),
                  JarProbe.class.getName(),
                  url,
                  "select transaction_id from donations")
              .await()
              .cleanLines();
      assertThat(lines).last().isEqualTo("row=41");
      assertThat(proxy.apiRequests()).anyMatch(r -> r.startsWith("GET /v2/api/listdonations?"));
    }
  }
}
