package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.FuzzServer;

/**
 * The login's answer (the token endpoint's JSON) as {@link TokenSource} reads it: any body logs in
 * or fails with a {@link RallyUpApiException} that names no token the body held.
 */
class LoginAnswerFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FuzzServer server;

  @BeforeAll
  static void start() {
    server = new FuzzServer(Api.ORGANIZATION.tokenPath());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @FuzzTest(maxDuration = "30s")
  void login(byte[] body) {
    server.answer(body);
    try (RallyUpClient client = server.client(Optional.of(FakeRallyUp.LOGIN))) {
      client.logIn();
    } catch (RallyUpApiException e) {
      assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
      tokenIn(body).ifPresent(token -> assertThat(e.getMessage()).doesNotContain(token));
    }
  }

  /** The access_token the body holds, when it is long enough to be told from the message text. */
  private static Optional<String> tokenIn(byte[] body) {
    try {
      JsonNode token = JSON.readTree(body).path("access_token");
      return token.isTextual() && token.asText().strip().length() >= 12
          ? Optional.of(token.asText())
          : Optional.empty();
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }
}
