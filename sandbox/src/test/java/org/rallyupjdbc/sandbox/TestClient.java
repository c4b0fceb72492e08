package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An in-process sandbox plus an HTTP client that talks to it, for tests. */
final class TestClient implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  final Sandbox sandbox;
  final HttpClient http;
  private String orgToken;
  private String partnerToken;

  private TestClient(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static TestClient start(SandboxOptions options) {
    try {
      return new TestClient(Sandbox.start(options.withPort(0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestClient start() {
    return start(SandboxOptions.defaults());
  }

  URI uri(String pathAndQuery) {
    return URI.create(sandbox.baseUrl() + pathAndQuery);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String token, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    request.method(
        method,
        form == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(form));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String pathAndQuery, String token) {
    return send("GET", pathAndQuery, token, null);
  }

  HttpResponse<String> getOrg(String pathAndQuery) {
    return get(pathAndQuery, orgToken());
  }

  HttpResponse<String> getPartner(String pathAndQuery) {
    return get(pathAndQuery, partnerToken());
  }

  /** A 200 response's body as JSON. */
  static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as("status of %s: %s", response.uri(), response.body())
        .isEqualTo(200);
    return parse(response.body());
  }

  static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of elements of a 200 response's top-level array, counted without a tree. */
  static int arraySize(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(200);
    try (JsonParser parser = MAPPER.createParser(response.body())) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      int count = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        parser.skipChildren();
        count++;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Result of a 200 envelope from the organization API. */
  JsonNode orgResult(String pathAndQuery) {
    return json(getOrg(pathAndQuery)).get("Result");
  }

  JsonNode partnerResult(String pathAndQuery) {
    return json(getPartner(pathAndQuery)).get("Result");
  }

  /** The whole dump, parsed from bytes (it is tens of megabytes). */
  JsonNode dump() {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri("/_sandbox/dump")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String orgToken() {
    if (orgToken == null) {
      orgToken = token("/v1/token", "demo", "demo-secret");
    }
    return orgToken;
  }

  String partnerToken() {
    if (partnerToken == null) {
      partnerToken = token("/v1/partnertoken", "partner", "partner-secret");
    }
    return partnerToken;
  }

  String token(String path, String user, String password) {
    JsonNode body =
        json(
            send(
                "POST",
                path,
                null,
                form("grant_type", "password", "username", user, "password", password)));
    return body.get("access_token").asText();
  }

  static String form(String... namesAndValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
