package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.http.Credentials;

/** Plain HTTP to a sandbox, for tests that hold the driver's answers against the API's own. */
public final class SandboxHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Sandbox sandbox;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Talks to {@code sandbox}. */
  public SandboxHttp(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** The JDBC properties that log in to the sandbox with the API's demo credentials. */
  public static Properties login(Api api) {
    boolean partner = api == Api.PARTNER;
    Properties properties = new Properties();
    properties.setProperty("user", partner ? Credentials.PARTNER_LOGIN : Credentials.ORG_LOGIN);
    properties.setProperty(
        "password", partner ? Credentials.PARTNER_SECRET : Credentials.ORG_SECRET);
    return properties;
  }

  /** Every record the sandbox holds, keyed by endpoint path ({@code /_sandbox/dump}). */
  public JsonNode dump() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get("/_sandbox/dump", null);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** A bearer token for the API, obtained as the driver does. */
  public String token(Api api) throws IOException, InterruptedException {
    Properties login = login(api);
    String form =
        "grant_type=password&username="
            + login.getProperty("user")
            + "&password="
            + login.getProperty("password");
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + api.tokenPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  /** {@code GET pathAndQuery}, with the bearer token unless it is null. */
  public HttpResponse<byte[]> get(String pathAndQuery, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends a control request that changes the sandbox's state, such as resetting its stats. */
  public void post(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("POST " + path).isLessThan(300);
  }

  /** Parses a response body. */
  public static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /**
   * The API requests the sandbox served since the last reset (token requests aside), as {@code
   * path?query}, oldest first; resets the statistics.
   */
  public List<String> requestsSinceReset() throws IOException, InterruptedException {
    JsonNode stats = json(get("/_sandbox/stats", null));
    post("/_sandbox/stats/reset");
    List<String> lines = new ArrayList<>();
    for (JsonNode entry : stats.get("recent")) {
      if (!entry.get("path").asText().endsWith("/token")) {
        String query = entry.path("query").asText("");
        lines.add(entry.get("path").asText() + (query.isEmpty() ? "" : "?" + query));
      }
    }
    return lines;
  }
}
