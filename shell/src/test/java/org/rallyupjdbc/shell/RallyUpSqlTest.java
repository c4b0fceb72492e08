package org.rallyupjdbc.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/** {@code rallyup-sql --sandbox -e SQL} answers from an embedded sandbox, as the README shows. */
class RallyUpSqlTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return RallyUpSql.run(args, new ByteArrayInputStream(new byte[0]), out, err);
  }

  @Test
  void countsEveryDonationOfTheDefaultSandbox() throws Exception {
    int status =
        run("--sandbox", "--outputformat=csv", "-e", "SELECT COUNT(*) AS n FROM donations");
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsSubsequence("'n'", "'" + donationsInDefaultSandbox() + "'");
  }

  @Test
  void aFailingStatementExitsWithStatus2() throws Exception {
    int status = run("--sandbox", "-e", "SELECT * FROM no_such_table");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Object 'no_such_table' not found");
  }

  /** The same seed gives the same data, so a second sandbox tells how many donations to expect. */
  private static int donationsInDefaultSandbox() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      HttpResponse<String> dump =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/dump")).build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode donations = new ObjectMapper().readTree(dump.body()).get("/v2/api/listdonations");
      assertThat(donations.size()).isGreaterThan(1000);
      return donations.size();
    }
  }
}
