package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The same seed gives byte-identical dumps, tokens and pages; another seed other data. */
class DeterminismTest {

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    String first;
    String second;
    String other;
    String firstToken;
    String secondToken;
    String firstPage;
    String secondPage;
    try (TestClient a = TestClient.start();
        TestClient b = TestClient.start()) {
      first = dumpDigest(a);
      second = dumpDigest(b);
      firstToken = a.orgToken();
      secondToken = b.orgToken();
      firstPage = a.getOrg("/v2/api/listdonations?pageIndex=7").body();
      secondPage = b.getOrg("/v2/api/listdonations?pageIndex=7").body();
      assertThat(a.getOrg("/v2/api/listdonations?pageIndex=7").body()).isEqualTo(firstPage);
    }
    try (TestClient c = TestClient.start(SandboxOptions.defaults().withSeed(8))) {
      other = c.getOrg("/v2/api/listdonations?pageIndex=7").body();
    }
    assertThat(second).isEqualTo(first);
    assertThat(secondToken).isEqualTo(firstToken);
    assertThat(secondPage).isEqualTo(firstPage);
    assertThat(other).isNotEqualTo(firstPage);
  }

  private static String dumpDigest(TestClient client)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    HttpResponse<InputStream> response =
        client.http.send(
            HttpRequest.newBuilder(client.uri("/_sandbox/dump")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    long bytes;
    try (InputStream in = new DigestInputStream(response.body(), sha)) {
      bytes = in.transferTo(OutputStream.nullOutputStream());
    }
    assertThat(bytes).isGreaterThan(10_000_000);
    return HexFormat.of().formatHex(sha.digest());
  }
}
