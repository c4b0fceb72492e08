package org.rallyupjdbc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.ClientConfig;
import org.rallyupjdbc.client.Credentials;
import org.rallyupjdbc.client.Secret;

/**
 * A hand-written RallyUp stand-in on loopback for tests: serves token logins, paged, array and
 * single-record endpoints from records or verbatim bodies, checks the bearer token, and records
 * every request line. Sockets set TCP_NODELAY, without which every response stalls ~44 ms.
 */
public final class FakeRallyUp implements AutoCloseable {
  /** The organization login that {@code /v1/token} accepts. */
  public static final String LOGIN = "demo";

  /** The secret that goes with {@link #LOGIN}. */
  public static final String SECRET = "demo-secret-7f3a";

  /** The bearer token the fake issues and accepts. */
  public static final String TOKEN = "tok-9b1c2d3e4f";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
  private volatile long tokenLifetime;

  /** Starts the fake on a free loopback port. */
  public FakeRallyUp() {
    this(null);
  }

  /** Starts the fake speaking https with {@code tls} (plain http when null). */
  public FakeRallyUp(SSLSocketFactory tls) {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    if (tls != null) {
      server.useHttps(tls);
    }
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
    route("/v1/token", this::token);
    route("/v1/partnertoken", this::token);
  }

  /**
   * From now on, each login issues a new token that lives {@code lifetimeSeconds}, and the fake
   * accepts every token it issued. Returns the tokens issued, as they are issued.
   */
  public List<String> rotateTokens(long lifetimeSeconds) {
    tokenLifetime = lifetimeSeconds;
    return issuedTokens;
  }

  /** The base URL to give the driver, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    HttpUrl url = server.url("/");
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  /** The JDBC URL for organization credentials against this fake, with extra properties. */
  public String jdbcUrl(String extra) {
    return "jdbc:rallyup:baseUrl=" + baseUrl() + ";user=" + LOGIN + ";password=" + SECRET + extra;
  }

  /**
   * A client configuration for this server with the login it accepts, 5 s timeouts and the default
   * retries.
   */
  public ClientConfig loginConfig() {
    return new ClientConfig(
        HttpUrl.get(baseUrl()),
        new Credentials(Api.ORGANIZATION, Optional.of(LOGIN), Secret.of(SECRET)),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        "rallyup-jdbc-test");
  }

  /** Answers requests for {@code path} (exact, no query) with {@code handler}. */
  public FakeRallyUp route(String path, Function<RecordedRequest, MockResponse> handler) {
    routes.put(path, handler);
    return this;
  }

  /**
   * Serves {@code records} at {@code path} as the paginated envelope, honouring page parameters.
   */
  public FakeRallyUp paged(String path, List<JsonNode> records) {
    return route(path, request -> page(request, records));
  }

  /** Serves {@code records} at {@code path} as a bare JSON array (v3 style), 204 when empty. */
  public FakeRallyUp array(String path, List<JsonNode> records) {
    return route(
        path,
        request -> records.isEmpty() ? status(204, "") : json(200, JSON.valueToTree(records)));
  }

  /** Serves one record at {@code path} in the {@code Result} envelope. */
  public FakeRallyUp single(String path, JsonNode record) {
    return route(path, request -> json(200, envelope(record)));
  }

  /** Serves a verbatim body at {@code path}. */
  public FakeRallyUp body(String path, int status, String body) {
    return route(path, request -> status(status, body));
  }

  /** Every request line received so far ({@code GET /path?query}), token logins included. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The request lines received so far, without token logins. */
  public List<String> apiRequests() {
    return requests.stream().filter(r -> !r.contains("token ") && !r.endsWith("token")).toList();
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    requests.clear();
  }

  /** Parses JSON text (test data) into a node. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a JSON array of records into a list. */
  public static List<JsonNode> records(String jsonArray) {
    List<JsonNode> list = new ArrayList<>();
    parse(jsonArray).forEach(list::add);
    return list;
  }

  private MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String query = url.encodedQuery();
    requests.add(
        request.getMethod() + " " + url.encodedPath() + (query == null ? "" : "?" + query));
    Function<RecordedRequest, MockResponse> handler = routes.get(url.encodedPath());
    if (handler == null) {
      return json(
          404, parse("{\"Message\":\"No HTTP resource was found that matches the request URI.\"}"));
    }
    boolean tokenCall = url.encodedPath().endsWith("token");
    String bearer = String.valueOf(request.getHeaders().get("Authorization"));
    if (!tokenCall
        && !("Bearer " + TOKEN).equals(bearer)
        && !issuedTokens.contains(bearer.substring(bearer.indexOf(' ') + 1))) {
      return json(401, error("Authorization has been denied for this request."));
    }
    return handler.apply(request);
  }

  private MockResponse token(RecordedRequest request) {
    String form = request.getBody() == null ? "" : request.getBody().utf8();
    List<String> fields = List.of(form.split("&"));
    if (!fields.contains("grant_type=password")
        || !fields.contains("username=" + LOGIN)
        || !fields.contains("password=" + SECRET)) {
      return json(
          400,
          parse(
              "{\"error\":\"invalid_grant\",\"error_description\":\"The user name or password is incorrect.\"}"));
    }
    ObjectNode token = JSON.createObjectNode();
    if (tokenLifetime > 0) {
      String rotated = "tok-rotated-" + issuedTokens.size() + "-c4d5e6";
      issuedTokens.add(rotated);
      token.put("access_token", rotated);
      token.put("expires_in", tokenLifetime);
    } else {
      token.put("access_token", TOKEN);
      token.put("expires_in", 604799);
    }
    token.put("token_type", "bearer");
    token.put("UserName", LOGIN);
    token.put(".issued", "Thu, 11 Jun 2020 21:22:40 GMT");
    token.put(".expires", "Thu, 18 Jun 2020 21:22:40 GMT");
    return json(200, token);
  }

  /** One page of {@code records} as {@link #paged} serves it for the request. */
  public static MockResponse page(RecordedRequest request, List<JsonNode> records) {
    HttpUrl url = request.getUrl();
    int index = Integer.parseInt(orDefault(url.queryParameter("pageIndex"), "1"));
    int size = Integer.parseInt(orDefault(url.queryParameter("pageSize"), "100"));
    if (records.isEmpty()) {
      return status(204, "");
    }
    int totalPages = (records.size() + size - 1) / size;
    int from = Math.min(records.size(), (index - 1) * size);
    int to = Math.min(records.size(), from + size);
    ArrayNode items = JSON.createArrayNode();
    records.subList(from, to).forEach(items::add);
    ObjectNode result = JSON.createObjectNode();
    result.set("Items", items);
    result.put("Count", items.size());
    result.put("PageIndex", index);
    result.put("PageSize", size);
    result.put("TotalCount", records.size());
    result.put("TotalPages", totalPages);
    result.put("HasPreviousPage", index > 1);
    result.put("HasNextPage", index < totalPages);
    return json(200, envelope(result));
  }

  /** The standard envelope around {@code result}. */
  public static ObjectNode envelope(JsonNode result) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.set("Result", result);
    envelope.put("Ok", true);
    envelope.putNull("Error");
    envelope.set("Metadata", JSON.createObjectNode());
    return envelope;
  }

  /** The envelope of a failed call. */
  public static ObjectNode error(String message) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.putNull("Result");
    envelope.put("Ok", false);
    envelope.put("Error", message);
    envelope.set("Metadata", JSON.createObjectNode());
    return envelope;
  }

  /** A JSON response. */
  public static MockResponse json(int status, JsonNode body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body.toString())
        .build();
  }

  /** A response with a verbatim body. */
  public static MockResponse status(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * Accepts sockets with TCP_NODELAY set (without it each response waits for a delayed ACK,
   * docs/sandbox.md).
   */
  private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("bound by MockWebServer");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("bound by MockWebServer");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException("bound by MockWebServer");
    }
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
