package org.rallyupjdbc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * A forward HTTP proxy on loopback for tests: takes absolute-form requests ({@code GET
 * http://host/path}, as a client configured with a proxy sends them), relays them to one target
 * whatever host they name, and, when made with a login, answers 407 to any request without the
 * right {@code Proxy-Authorization}. Records what it relayed and how many challenges it sent.
 */
public final class LoopbackProxy implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient relay = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();
  private final HttpUrl target;
  private final Optional<String> expected;
  private final List<String> relayed = new CopyOnWriteArrayList<>();
  private final AtomicInteger challenges = new AtomicInteger();

  private LoopbackProxy(String targetBaseUrl, Optional<String> expected) {
    this.target = HttpUrl.get(targetBaseUrl);
    this.expected = expected;
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return handle(request);
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A proxy that relays everything to {@code targetBaseUrl}. */
  public static LoopbackProxy open(String targetBaseUrl) {
    return new LoopbackProxy(targetBaseUrl, Optional.empty());
  }

  /** A proxy that relays only requests carrying Basic credentials for this login. */
  public static LoopbackProxy withLogin(String targetBaseUrl, String user, String password) {
    return new LoopbackProxy(targetBaseUrl, Optional.of(Credentials.basic(user, password)));
  }

  /** The proxy's port on loopback. */
  public int port() {
    return server.getPort();
  }

  /** The requests relayed, as {@code METHOD absolute-url} of the request the proxy received. */
  public List<String> relayed() {
    return relayed;
  }

  /** How many 407 answers the proxy sent. */
  public int challenges() {
    return challenges.get();
  }

  private MockResponse handle(RecordedRequest request) {
    if (expected.isPresent()
        && !expected.get().equals(request.getHeaders().get("Proxy-Authorization"))) {
      challenges.incrementAndGet();
      return new MockResponse.Builder()
          .code(407)
          .addHeader("Proxy-Authenticate", "Basic realm=\"loopback\"")
          .body("proxy login required")
          .build();
    }
    relayed.add(request.getMethod() + " " + request.getUrl());
    HttpUrl url = request.getUrl();
    String type = request.getHeaders().get("Content-Type");
    RequestBody body =
        request.getBody() == null || !"POST".equals(request.getMethod())
            ? null
            : RequestBody.create(request.getBody(), type == null ? null : MediaType.get(type));
    Request.Builder forward =
        new Request.Builder()
            .url(
                target
                    .newBuilder()
                    .encodedPath(url.encodedPath())
                    .encodedQuery(url.encodedQuery())
                    .build())
            .method(request.getMethod(), body);
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null) {
      forward.header("Authorization", authorization);
    }
    try (Response answer = relay.newCall(forward.build()).execute()) {
      MockResponse.Builder relayedAnswer =
          new MockResponse.Builder()
              .code(answer.code())
              .body(new Buffer().write(answer.body().bytes()));
      String answerType = answer.header("Content-Type");
      if (answerType != null) {
        relayedAnswer.addHeader("Content-Type", answerType);
      }
      return relayedAnswer.build();
    } catch (IOException e) {
      return new MockResponse.Builder().code(502).body("relay failed: " + e).build();
    }
  }

  @Override
  public void close() {
    relay.dispatcher().executorService().shutdown();
    relay.connectionPool().evictAll();
    server.close();
  }
}
