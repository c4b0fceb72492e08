package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Supplies the bearer token: the ready token the user gave, or one obtained by logging in with the
 * API login and secret, renewed shortly before it expires and after the API rejects it.
 */
final class TokenSource {
  /**
   * Renew this long before the announced expiry, so a request never leaves with a dying token; a
   * fifth of the lifetime for tokens that live less than 25 minutes.
   */
  private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

  /**
   * Longer announced lifetimes are read as this, so that the renewal instant stays computable; such
   * a token is in practice renewed when the API rejects it.
   */
  private static final Duration LONGEST_LIFETIME = Duration.ofDays(100 * 365);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final ClientConfig config;
  private final Clock clock;
  private Secret token;
  private Instant renewAt = Instant.MAX;

  TokenSource(OkHttpClient http, ClientConfig config, Clock clock) {
    this.http = requireNonNull(http, "http");
    this.config = requireNonNull(config, "config");
    this.clock = requireNonNull(clock, "clock");
    if (!config.credentials().canLogIn()) {
      token = config.credentials().secret();
    }
  }

  /** The token to send now, logging in first when there is none or it is about to expire. */
  synchronized Secret current() {
    if (token == null || clock.instant().isAfter(renewAt)) {
      logIn();
    }
    return token;
  }

  /**
   * Forgets {@code rejected} after a 401 so the next {@link #current()} logs in again; returns
   * whether a new token can be had at all.
   */
  synchronized boolean reject(Secret rejected) {
    if (!config.credentials().canLogIn()) {
      return false;
    }
    if (rejected.equals(token)) {
      token = null;
    }
    return true;
  }

  private void logIn() {
    Credentials credentials = config.credentials();
    String path = credentials.api().tokenPath();
    Request request =
        new Request.Builder()
            .url(config.baseUrl().newBuilder().encodedPath(path).build())
            .header("User-Agent", config.userAgent())
            .post(
                new FormBody.Builder()
                    .add("grant_type", "password")
                    .add("username", credentials.login().orElseThrow())
                    .add("password", credentials.secret().reveal())
                    .build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      byte[] body = ApiError.head(response.body());
      if (!response.isSuccessful()) {
        int status = response.code();
        RallyUpApiException.Kind kind =
            status == 400 || status == 401
                ? RallyUpApiException.Kind.AUTHENTICATION
                : RallyUpApiException.kindOf(status);
        throw new RallyUpApiException(
            kind,
            status,
            "RallyUp login failed: POST "
                + path
                + " answered "
                + status
                + ": "
                + ApiError.of(body));
      }
      accept(tokenAnswer(body, path), path);
    } catch (IOException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT,
          0,
          "RallyUp login failed: POST " + config.baseUrl().resolve(path) + ": " + e,
          e);
    }
  }

  /**
   * The login's JSON answer. Nothing of the body goes into a message: it may hold a token, whole or
   * cut off.
   */
  private static JsonNode tokenAnswer(byte[] body, String path) {
    if (body.length > ApiError.MAX_BODY_BYTES) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          "RallyUp login answered with a body longer than "
              + (ApiError.MAX_BODY_BYTES >> 10)
              + " KiB: POST "
              + path);
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          "RallyUp login answered with a body that is not JSON: POST " + path);
    }
  }

  private void accept(JsonNode body, String path) {
    JsonNode accessToken = body.path("access_token");
    if (!accessToken.isTextual() || accessToken.asText().isEmpty()) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.MALFORMED_RESPONSE,
          200,
          "RallyUp login answered without an access_token: POST " + path);
    }
    token = Secret.of(accessToken.asText());
    Instant now = clock.instant();
    renewAt =
        lifetime(body, now)
            .map(life -> min(life, LONGEST_LIFETIME))
            .map(life -> now.plus(life).minus(min(RENEW_MARGIN, life.dividedBy(5))))
            .orElse(Instant.MAX);
  }

  /**
   * How long the token lives: {@code expires_in}, else {@code .expires} less {@code .issued} (both
   * by the server's clock, so a skewed local clock does not matter), else {@code .expires} less
   * now.
   */
  private static Optional<Duration> lifetime(JsonNode body, Instant now) {
    long expiresIn = body.path("expires_in").asLong(0);
    if (expiresIn > 0) {
      return Optional.of(Duration.ofSeconds(expiresIn));
    }
    Optional<Instant> expires = httpDate(body.path(".expires"));
    Instant from = httpDate(body.path(".issued")).orElse(now);
    return expires.map(end -> Duration.between(from, end)).filter(life -> !life.isNegative());
  }

  private static Optional<Instant> httpDate(JsonNode value) {
    return value.isTextual() ? HttpDate.parse(value.asText()) : Optional.empty();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
