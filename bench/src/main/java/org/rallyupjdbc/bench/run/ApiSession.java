package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * What a script written against the API holds: one OkHttp client and a bearer token from {@code
 * POST /v1/token}. Also reaches the sandbox's control endpoints, which the sandbox does not count.
 */
public final class ApiSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpUrl base;
  private final OkHttpClient http;
  private final String token;

  private ApiSession(HttpUrl base, OkHttpClient http, String token) {
    this.base = base;
    this.http = http;
    this.token = token;
  }

  /** Logs in to the organization API with the sandbox's demo credentials. */
  public static ApiSession logIn(URI baseUrl) throws IOException {
    return logIn(baseUrl, "/v1/token", Credentials.ORG_LOGIN, Credentials.ORG_SECRET);
  }

  /** Logs in to the Partner API with the sandbox's partner credentials. */
  public static ApiSession logInPartner(URI baseUrl) throws IOException {
    return logIn(
        baseUrl, "/v1/partnertoken", Credentials.PARTNER_LOGIN, Credentials.PARTNER_SECRET);
  }

  private static ApiSession logIn(URI baseUrl, String tokenPath, String user, String secret)
      throws IOException {
    HttpUrl base = HttpUrl.get(baseUrl.toString());
    OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build();
    RequestBody form =
        new FormBody.Builder()
            .add("grant_type", "password")
            .add("username", user)
            .add("password", secret)
            .build();
    Request login = new Request.Builder().url(base.resolve(tokenPath)).post(form).build();
    try (Response response = http.newCall(login).execute()) {
      JsonNode body = JSON.readTree(response.body().byteStream());
      if (!response.isSuccessful() || !body.hasNonNull("access_token")) {
        throw new IOException("login failed: HTTP " + response.code() + " " + body);
      }
      return new ApiSession(base, http, body.get("access_token").asText());
    }
  }

  /** A URL under the API's root, e.g. {@code url("/v2/api/listdonations")}. */
  public HttpUrl.Builder url(String path) {
    return base.newBuilder().encodedPath(path);
  }

  /** {@code GET} with the bearer token; the caller closes the response. */
  public Response get(HttpUrl url) throws IOException {
    Request request =
        new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
    Response response = http.newCall(request).execute();
    if (response.code() != 200 && response.code() != 204) {
      String body = response.body().string();
      response.close();
      throw new IOException("GET " + url + " answered HTTP " + response.code() + ": " + body);
    }
    return response;
  }

  /** Clears the sandbox's request statistics. */
  public void resetRequestCount() throws IOException {
    Request reset =
        new Request.Builder()
            .url(base.resolve("/_sandbox/stats/reset"))
            .post(RequestBody.create(new byte[0]))
            .build();
    try (Response response = http.newCall(reset).execute()) {
      if (response.code() != 204) {
        throw new IOException("stats reset answered HTTP " + response.code());
      }
    }
  }

  /** API requests the sandbox has answered since the last reset, whoever sent them. */
  public long requestCount() throws IOException {
    Request stats = new Request.Builder().url(base.resolve("/_sandbox/stats")).build();
    try (Response response = http.newCall(stats).execute()) {
      return JSON.readTree(response.body().byteStream()).get("total").asLong();
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
