package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * What stands between the driver and RallyUp may answer instead of it: a proxy's HTML error page, a
 * captive portal's login page with status 200, a body cut off in transport, an endless error body.
 * Each is a clear error naming the request and what came back, never a short page.
 */
class HostileResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Paging PAGING = new Paging("pageIndex", "pageSize", 100, 1000);
  private static final String PATH = "/v2/api/donations";
  private static final String REQUEST = "GET /v2/api/donations?pageIndex=1&pageSize=10";
  private static final RecordDecoder<JsonNode> TREE = parser -> JSON.readTree(parser);
  private static final String NGINX_502 =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";
  private static final String PORTAL =
      "<!DOCTYPE html><html><head><title>Guest Wi-Fi</title><style>body {color: red}</style>"
          + "<SCRIPT>if (a < b) location = '/login'</SCRIPT>"
          + "</head><body><h1>Sign in to Guest Wi-Fi</h1><form>...</form></body></html>";

  private final FakeRallyUp fake = new FakeRallyUp();
  private final List<RallyUpClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(RallyUpClient::close);
    fake.close();
  }

  private RallyUpClient client(int maxRetries) {
    RetryPolicy quickRetries =
        RetryPolicy.defaults().withMaxRetries(maxRetries).withDelays(Duration.ZERO, Duration.ZERO);
    RallyUpClient client =
        new RallyUpClient(
            new ClientConfig(
                    HttpUrl.get(fake.baseUrl()),
                    new Credentials(
                        Api.ORGANIZATION, Optional.empty(), Secret.of(FakeRallyUp.TOKEN)),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(5),
                    "rallyup-jdbc-test")
                .withRetry(quickRetries));
    clients.add(client);
    return client;
  }

  private static List<JsonNode> drain(RallyUpClient client, Shape shape) {
    Endpoint endpoint = new Endpoint(List.of(PATH), shape, PAGING);
    List<JsonNode> all = new ArrayList<>();
    try (RecordCursor<JsonNode> cursor =
        client.open(new ApiRequest(endpoint, Map.of(), Map.of(), 10), TREE)) {
      cursor.forEachRemaining(all::add);
    }
    return all;
  }

  /** What each shape's endpoint answers with two records. */
  private static String twoRecords(Shape shape) {
    String records = "[{\"TransactionId\":1},{\"TransactionId\":2}]";
    return switch (shape) {
      case PAGED -> "{\"Result\":{\"Items\":" + records + ",\"HasNextPage\":false},\"Ok\":true}";
      case ARRAY -> records;
      case OBJECT -> "{\"Result\":{\"TransactionId\":1},\"Ok\":true}";
    };
  }

  private static MockResponse response(int status, String contentType, String body) {
    MockResponse.Builder response = new MockResponse.Builder().code(status).body(body);
    if (contentType != null) {
      response.setHeader("Content-Type", contentType);
    }
    return response.build();
  }

  private static String requestLine(Shape shape) {
    return shape == Shape.PAGED ? REQUEST : "GET " + PATH;
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502})
  void anHtmlErrorPageNamesTheStatusAndSaysTheBodyIsNotJson(int status) {
    fake.route(PATH, request -> response(status, "text/html", NGINX_502));
    assertThatThrownBy(() -> drain(client(0), Shape.PAGED))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            REQUEST
                + " answered HTTP "
                + status
                + ": the body is not JSON (content type text/html): 502 Bad Gateway 502 Bad"
                + " Gateway nginx")
        .hasNoCause()
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.SERVER_ERROR);
  }

  @Test
  void anHtmlErrorPageAfterTheLastRetrySaysSoToo() {
    fake.route(PATH, request -> response(502, "text/html; charset=utf-8", NGINX_502));
    assertThatThrownBy(() -> drain(client(2), Shape.PAGED))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            REQUEST
                + " answered HTTP 502 after 2 retries: the body is not JSON (content type"
                + " text/html; charset=utf-8): 502 Bad Gateway 502 Bad Gateway nginx");
    assertThat(fake.apiRequests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void anHtmlPageWithStatus200IsAMalformedResponseNamingItsContentType(Shape shape) {
    fake.route(PATH, request -> response(200, "text/html;charset=UTF-8", PORTAL));
    assertThatThrownBy(() -> drain(client(0), shape))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessage(
            requestLine(shape)
                + " answered HTTP 200 with content type text/html;charset=UTF-8, not JSON; a proxy"
                + " or a network login page may have answered instead of RallyUp: Guest Wi-Fi Sign"
                + " in to Guest Wi-Fi ...")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"application/json; charset=utf-8", "application/json", "text/json", "text/plain"})
  void jsonUnderAnyNonHtmlContentTypeIsRead(String contentType) {
    for (Shape shape : Shape.values()) {
      fake.route(PATH, request -> response(200, contentType, twoRecords(shape)));
      assertThat(drain(client(0), shape)).as(shape.name()).isNotEmpty();
    }
  }

  @Test
  void jsonWithoutAContentTypeIsRead() {
    for (Shape shape : Shape.values()) {
      fake.route(PATH, request -> response(200, null, twoRecords(shape)));
      assertThat(drain(client(0), shape)).as(shape.name()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void aBodyCutOffInTransportIsAnErrorNeverAShortPage(Shape shape) {
    String body = twoRecords(shape);
    fake.route(
        PATH,
        request ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .setHeader("Content-Length", body.length() + 100)
                .onResponseEnd(new SocketEffect.CloseSocket())
                .build());
    assertThatThrownBy(() -> drain(client(0), shape))
        .isInstanceOf(RallyUpApiException.class)
        .hasMessageStartingWith(
            requestLine(shape) + " failed while reading the response: java.net.ProtocolException")
        .hasMessageContaining("unexpected end of stream")
        .extracting(e -> ((RallyUpApiException) e).kind())
        .isEqualTo(RallyUpApiException.Kind.TRANSPORT);
  }

  @Test
  void onlyTheStartOfAHugeErrorBodyIsRead() {
    AtomicLong sent = new AtomicLong();
    fake.route(
        PATH,
        request ->
            new MockResponse.Builder()
                .code(500)
                .setHeader("Content-Type", "text/plain")
                .body(new EndlessBody(sent))
                // slow enough that reading all of it would take minutes
                .throttleBody(64 << 10, 10, TimeUnit.MILLISECONDS)
                .build());
    RallyUpApiException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              try {
                drain(client(0), Shape.PAGED);
              } catch (RallyUpApiException failure) {
                return failure;
              }
              throw new AssertionError("no error");
            });
    assertThat(e)
        .hasMessage(
            REQUEST
                + " answered HTTP 500: the body is longer than 64 KiB (content type text/plain),"
                + " it begins: "
                + "x".repeat(300)
                + "...");
    assertThat(sent.get()).as("bytes sent before the driver hung up").isLessThan(16L << 20);
  }

  /** One GiB of {@code x}, written until the client hangs up, counting what it sent. */
  private static final class EndlessBody implements MockResponseBody {
    private final AtomicLong sent;

    EndlessBody(AtomicLong sent) {
      this.sent = sent;
    }

    @Override
    public long getContentLength() {
      return 1L << 30;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] chunk = "x".repeat(8 << 10).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (long left = getContentLength(); left > 0; left -= chunk.length) {
        sink.write(chunk);
        sink.flush();
        sent.addAndGet(chunk.length);
      }
    }
  }
}
