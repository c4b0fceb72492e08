package org.rallyupjdbc.testing;

import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.ClientConfig;
import org.rallyupjdbc.client.Credentials;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.RetryPolicy;
import org.rallyupjdbc.client.Secret;

/**
 * A {@link FakeRallyUp} that answers one path with whatever body a fuzz target sets, and a client
 * for it that never retries (a retry would only send the same body again).
 */
public final class FuzzServer implements AutoCloseable {
  private final FakeRallyUp fake = new FakeRallyUp();
  private volatile byte[] body = new byte[0];

  /** Answers {@code path} with HTTP 200 and the body last {@link #answer set}. */
  public FuzzServer(String path) {
    fake.route(path, request -> ok(body));
  }

  /** The body the path answers from now on. */
  public void answer(byte[] value) {
    body = value;
    fake.clearRequests();
  }

  /** A client that logs in with {@code login}, or sends the fake's token when it is empty. */
  public RallyUpClient client(Optional<String> login) {
    Secret secret = Secret.of(login.isPresent() ? FakeRallyUp.SECRET : FakeRallyUp.TOKEN);
    return new RallyUpClient(
        new ClientConfig(
                HttpUrl.get(fake.baseUrl()),
                new Credentials(Api.ORGANIZATION, login, secret),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                "rallyup-jdbc-fuzz")
            .withRetry(RetryPolicy.none()));
  }

  private static MockResponse ok(byte[] body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(new Buffer().write(body))
        .build();
  }

  @Override
  public void close() {
    fake.close();
  }
}
