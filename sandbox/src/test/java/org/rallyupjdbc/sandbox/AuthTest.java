package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Token endpoints and the 400/401/403/404/405 answers. */
class AuthTest {
  private static final String DENIED = "Authorization has been denied for this request.";
  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.start();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void tokenResponseIsTheBareOwinShape() {
    HttpResponse<String> response =
        client.send(
            "POST",
            "/v1/token",
            null,
            TestClient.form(
                "grant_type", "password", "username", "demo", "password", "demo-secret"));
    JsonNode body = TestClient.json(response);
    assertThat(Shapes.fieldNames(body))
        .containsExactly(
            "access_token", "token_type", "expires_in", "UserName", ".issued", ".expires");
    assertThat(body.get("access_token").asText()).hasSizeGreaterThan(40);
    assertThat(body.get("token_type").asText()).isEqualTo("bearer");
    assertThat(body.get("expires_in").isIntegralNumber()).isTrue();
    assertThat(body.get("expires_in").asLong()).isEqualTo(604_799);
    assertThat(body.get("UserName").asText()).isEqualTo("demo");
    ZonedDateTime issued =
        ZonedDateTime.parse(body.get(".issued").asText(), DateTimeFormatter.RFC_1123_DATE_TIME);
    ZonedDateTime expires =
        ZonedDateTime.parse(body.get(".expires").asText(), DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(body.get(".issued").asText())
        .endsWith(" GMT")
        .matches("\\w{3}, \\d{2} \\w{3} \\d{4} .*");
    assertThat(expires.toEpochSecond() - issued.toEpochSecond()).isEqualTo(604_799);
    String partner = client.token("/v1/partnertoken", "partner", "partner-secret");
    assertThat(partner).isNotEqualTo(body.get("access_token").asText());
  }

  @Test
  void badCredentialsAreInvalidGrant() {
    for (String[] login :
        List.of(
            new String[] {"/v1/token", "demo", "wrong"},
            new String[] {"/v1/token", "partner", "partner-secret"},
            new String[] {"/v1/partnertoken", "demo", "demo-secret"})) {
      HttpResponse<String> response =
          client.send(
              "POST",
              login[0],
              null,
              TestClient.form(
                  "grant_type", "password", "username", login[1], "password", login[2]));
      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode body = TestClient.parse(response.body());
      assertThat(body.get("error").asText()).isEqualTo("invalid_grant");
      assertThat(body.get("error_description").asText())
          .isEqualTo("The user name or password is incorrect.");
    }
    HttpResponse<String> grant =
        client.send(
            "POST",
            "/v1/token",
            null,
            TestClient.form(
                "grant_type", "client_credentials", "username", "demo", "password", "demo-secret"));
    assertThat(grant.statusCode()).isEqualTo(400);
    assertThat(TestClient.parse(grant.body()).get("error").asText())
        .isEqualTo("unsupported_grant_type");
  }

  @Test
  void missingUnknownOrMalformedTokensAre401() throws IOException, InterruptedException {
    List<HttpResponse<String>> responses =
        List.of(
            client.get("/v2/api/listdonations", null),
            client.get("/v2/api/listdonations", "no-such-token"),
            client.get("/v3/api/teams", "no-such-token"),
            client.get("/v1/partnerapi/organizations", null));
    for (HttpResponse<String> response : responses) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertError(response.body(), DENIED);
    }
    HttpRequest basic =
        HttpRequest.newBuilder(client.uri("/v2/api/version"))
            .header("Authorization", "Basic ZGVtbzpkZW1vLXNlY3JldA==")
            .build();
    assertThat(client.http.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void tokensOfTheOtherApiAre403() {
    HttpResponse<String> partnerOnOrg = client.get("/v2/api/listdonations", client.partnerToken());
    HttpResponse<String> orgOnPartner =
        client.get("/v1/partnerapi/organizations", client.orgToken());
    HttpResponse<String> partnerOnV3 = client.get("/v3/api/auctionBids", client.partnerToken());
    for (HttpResponse<String> response : List.of(partnerOnOrg, orgOnPartner, partnerOnV3)) {
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(TestClient.parse(response.body()).get("Ok").asBoolean()).isFalse();
    }
  }

  @Test
  void unknownPathsAre404AndPathsAreCaseSensitive() {
    for (String path :
        List.of(
            "/v2/api/nothing",
            "/v4/api/teams",
            "/v2/api/listDonations",
            "/",
            "/_sandbox/credentials")) {
      HttpResponse<String> response = client.getOrg(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(TestClient.parse(response.body()).has("Ok")).as(path).isFalse();
      assertThat(TestClient.parse(response.body()).get("Message").asText())
          .startsWith("No HTTP resource was found that matches the request URI '");
    }
    assertThat(client.getOrg("/v2/api/listdonations/").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongMethodsAre405() {
    HttpResponse<String> post = client.send("POST", "/v2/api/listdonations", client.orgToken(), "");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    assertError(post.body(), "The requested resource does not support http method 'POST'.");
    assertThat(client.get("/v1/token", null).statusCode()).isEqualTo(405);
    assertThat(client.send("DELETE", "/v3/api/teams", client.orgToken(), null).statusCode())
        .isEqualTo(405);
    assertThat(
            client
                .send("GET", "/v1/partnerapi/addorguser", client.partnerToken(), null)
                .statusCode())
        .isEqualTo(405);
  }

  @Test
  void versionDescribesTheApiUser() {
    JsonNode version = client.orgResult("/v2/api/version");
    assertThat(version.get("IsAuthenticated").asBoolean()).isTrue();
    assertThat(version.get("UserName").asText())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(version.get("Name").asText()).isEqualTo(version.get("UserName").asText());
  }

  @Test
  void tokensExpireAndTheStaticTokenDoesNot() throws InterruptedException {
    try (TestClient shortLived =
        TestClient.start(
            SandboxOptions.defaults().withTokenTtlSeconds(1).withStaticToken("script-token"))) {
      String token = shortLived.orgToken();
      assertThat(shortLived.get("/v2/api/version", token).statusCode()).isEqualTo(200);
      assertThat(shortLived.get("/v2/api/version", "script-token").statusCode()).isEqualTo(200);
      Thread.sleep(1_200);
      HttpResponse<String> expired = shortLived.get("/v2/api/version", token);
      assertThat(expired.statusCode()).isEqualTo(401);
      assertError(expired.body(), DENIED);
      assertThat(shortLived.get("/v2/api/version", "script-token").statusCode()).isEqualTo(200);
      assertThat(shortLived.get("/v1/partnerapi/organizations", "script-token").statusCode())
          .isEqualTo(403);
    }
    assertThat(client.get("/v2/api/version", "script-token").statusCode()).isEqualTo(401);
  }

  static void assertError(String body, String message) {
    JsonNode envelope = TestClient.parse(body);
    assertThat(Shapes.fieldNames(envelope)).containsExactly("Result", "Ok", "Error", "Metadata");
    assertThat(envelope.get("Result").isNull()).isTrue();
    assertThat(envelope.get("Ok").asBoolean()).isFalse();
    assertThat(envelope.get("Error").asText()).isEqualTo(message);
  }
}
