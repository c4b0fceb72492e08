package org.rallyupjdbc.sandbox.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.data.Dataset;

/**
 * The request pipeline. API requests: latency, route (404/405), token (401/403), rate limit (429),
 * random failure (500/503), handler; each is counted in the statistics. Control requests under
 * {@code /_sandbox/} skip all of that.
 */
public final class SandboxHandler implements HttpHandler {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String CONTROL_PREFIX = "/_sandbox/";

  private final Router router = new Router();
  private final Stats stats = new Stats();
  private final Gatekeeper gatekeeper;
  private final RateLimiter rateLimiter;
  private final Faults faults;

  public SandboxHandler(SandboxOptions options, Dataset data) {
    TokenStore tokens =
        new TokenStore(options.seed(), options.tokenTtlSeconds(), options.staticToken());
    this.gatekeeper = new Gatekeeper(tokens);
    this.rateLimiter = new RateLimiter(options.rateLimit());
    this.faults = new Faults(options.seed(), options.latencyMs(), options.failRate());
    Paths paths = new Paths(options);
    Pager pager =
        new Pager(
            options.pageIndexParam(),
            options.pageSizeParam(),
            options.ignorePaging(),
            options.maxPageSize());
    TokenRoutes.register(router, tokens, options.tokenTtlSeconds());
    OrgRoutes.register(router, data, paths, pager, options);
    PartnerRoutes.register(router, data, pager);
    PartnerWriteRoutes.register(router, data);
    ControlRoutes.register(router, stats, data, paths);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long started = System.nanoTime();
      String rawPath = exchange.getRequestURI().getRawPath();
      boolean control = Router.normalize(rawPath).startsWith(CONTROL_PREFIX);
      Reply reply;
      byte[] body;
      try {
        reply = answer(exchange, rawPath, control);
        body = render(reply);
      } catch (RuntimeException e) {
        reply = Reply.error(500, "An error has occurred.");
        body = render(reply);
      }
      if (!control) {
        // Recorded before the body is sent, so a client that reads the stats right after its
        // response always finds its request there.
        double ms = (System.nanoTime() - started) / 1e6;
        String query = exchange.getRequestURI().getRawQuery();
        stats.record(exchange.getRequestMethod(), rawPath, query, reply.status(), ms);
      }
      send(exchange, reply, body);
    }
  }

  private Reply answer(HttpExchange exchange, String rawPath, boolean control) throws IOException {
    try {
      return dispatch(exchange, rawPath, control);
    } catch (ApiError e) {
      return e.reply();
    }
  }

  private Reply dispatch(HttpExchange exchange, String rawPath, boolean control)
      throws IOException {
    if (!control) {
      faults.delay();
    }
    Router.Match match = router.match(rawPath);
    if (match == null || (match.route().access() == Access.CONTROL) != control) {
      return noRoute(exchange);
    }
    String method = exchange.getRequestMethod();
    Handler handler = match.route().handlers().get(method);
    if (handler == null) {
      throw new ApiError(
          405,
          "The requested resource does not support http method '" + method + "'.",
          Map.of("Allow", String.join(", ", match.route().handlers().keySet())));
    }
    Access access = match.route().access();
    if (access == Access.ORGANIZATION || access == Access.PARTNER) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      rateLimiter.acquire(gatekeeper.admit(authorization, access).value());
    }
    if (!control) {
      faults.maybeFail();
    }
    Map<String, String> form =
        method.equals("POST") || method.equals("DELETE")
            ? QueryString.parse(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
            : Map.of();
    Request request =
        new Request(
            Router.normalize(rawPath),
            match.param(),
            QueryString.parse(exchange.getRequestURI().getRawQuery()),
            form);
    return handler.handle(request);
  }

  /**
   * An unknown path answers as ASP.NET Web API does for an unmatched route: a {@code Message}
   * object, not the RallyUp envelope. That is how a client tells "no such path" (try another
   * version prefix) from "no such record" (the envelope's 404, e.g. {@code User not found.}).
   */
  private static Reply noRoute(HttpExchange exchange) {
    String message =
        "No HTTP resource was found that matches the request URI '"
            + exchange.getRequestURI()
            + "'.";
    return Reply.json(
        404,
        g -> {
          g.writeStartObject();
          g.writeStringField("Message", message);
          g.writeEndObject();
        });
  }

  /** Renders a buffered reply's body; null for empty and streamed replies. */
  private static byte[] render(Reply reply) throws IOException {
    if (reply.body() == null || reply.streamed()) {
      return null;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(16_384);
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      reply.body().write(g);
    }
    return buffer.toByteArray();
  }

  private static void send(HttpExchange exchange, Reply reply, byte[] body) throws IOException {
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (reply.streamed()) {
      exchange.sendResponseHeaders(reply.status(), 0);
      try (JsonGenerator g = JSON.createGenerator(exchange.getResponseBody())) {
        reply.body().write(g);
      }
      return;
    }
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
