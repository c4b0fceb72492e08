package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.MutableClock;

/**
 * When a logged-in client renews its token: five minutes before the announced expiry, or after four
 * fifths of the lifetime of a token that lives less than 25 minutes, so a short-lived token is
 * neither sent dying nor renewed for every request; and from {@code .expires} when the login gives
 * no {@code expires_in}.
 */
class TokenRenewalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Endpoint VERSION =
      new Endpoint(
          List.of("/v2/api/version"), Shape.OBJECT, new Paging("pageIndex", "pageSize", 10, 10));

  private final FakeRallyUp fake = new FakeRallyUp();
  private final MutableClock clock = new MutableClock(NOW);
  private RallyUpClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    fake.close();
  }

  private void loginAnswers(Consumer<ObjectNode> lifetime) {
    fake.route(
        "/v1/token",
        request -> {
          ObjectNode token = JSON.createObjectNode();
          token.put("access_token", FakeRallyUp.TOKEN);
          token.put("token_type", "bearer");
          lifetime.accept(token);
          return FakeRallyUp.json(200, token);
        });
    fake.route(
        "/v2/api/version",
        request -> FakeRallyUp.json(200, FakeRallyUp.envelope(JSON.createObjectNode())));
    client = new RallyUpClient(fake.loginConfig(), clock);
  }

  /** Sends one request after moving the clock; returns the logins so far. */
  private long requestAfter(Duration wait) {
    clock.advance(wait);
    try (RecordCursor<Boolean> cursor =
        client.open(
            new ApiRequest(VERSION, Map.of(), Map.of(), 10), RecordDecoder.SKIP, CallScope.NONE)) {
      cursor.forEachRemaining(record -> {});
    }
    return fake.requests().stream().filter(line -> line.startsWith("POST /v1/token")).count();
  }

  @Test
  void aLoginAnswerThatIsNotJsonOrTooLongIsAnErrorThatShowsNothingOfIt() {
    String secretish = "tok-half-" + "x".repeat(20);
    for (String answer :
        List.of("{\"access_token\":\"" + secretish, "{\"pad\":\"" + "y".repeat(70_000) + "\"}")) {
      fake.route("/v1/token", request -> FakeRallyUp.status(200, answer));
      RallyUpClient broken = new RallyUpClient(fake.loginConfig());
      try {
        assertThatThrownBy(broken::logIn)
            .isInstanceOfSatisfying(
                RallyUpApiException.class,
                e -> assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE))
            .hasMessageStartingWith("RallyUp login answered with a body")
            .hasMessageEndingWith(": POST /v1/token")
            .hasMessageNotContaining(secretish)
            .hasMessageNotContaining("yyy");
      } finally {
        broken.close();
      }
    }
  }

  @Test
  void aWeekLongTokenIsRenewedFiveMinutesBeforeItExpires() {
    loginAnswers(token -> token.put("expires_in", Duration.ofDays(7).toSeconds()));
    assertThat(requestAfter(Duration.ZERO)).isEqualTo(1);
    assertThat(requestAfter(Duration.ofDays(7).minusMinutes(5).minusSeconds(1))).isEqualTo(1);
    assertThat(requestAfter(Duration.ofSeconds(2))).isEqualTo(2);
  }

  @Test
  void aShortLivedTokenIsRenewedAfterFourFifthsOfItsLifeNotForEveryRequest() {
    loginAnswers(token -> token.put("expires_in", 10));
    assertThat(requestAfter(Duration.ZERO)).isEqualTo(1);
    assertThat(requestAfter(Duration.ofMillis(3_000))).isEqualTo(1);
    assertThat(requestAfter(Duration.ofMillis(4_900))).isEqualTo(1);
    assertThat(requestAfter(Duration.ofMillis(200))).isEqualTo(2);
    assertThat(requestAfter(Duration.ofMillis(100))).isEqualTo(2);
  }

  @Test
  void withoutExpiresInTheLifetimeIsExpiresLessIssuedWhateverTheLocalClockSays() {
    DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    Instant serverNow = NOW.minus(Duration.ofDays(3)); // a server clock days behind ours
    loginAnswers(
        token -> {
          token.put(".issued", http.format(serverNow));
          token.put(".expires", http.format(serverNow.plus(Duration.ofHours(1))));
        });
    assertThat(requestAfter(Duration.ZERO)).isEqualTo(1);
    assertThat(requestAfter(Duration.ofMinutes(54))).isEqualTo(1);
    assertThat(requestAfter(Duration.ofMinutes(2))).isEqualTo(2);
  }
}
