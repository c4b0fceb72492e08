package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Speaks RallyUp over HTTP for one JDBC connection: one OkHttp client with its interceptors, the
 * bearer token, and the path that answered for each endpoint. Opens record cursors over endpoints.
 */
public final class RallyUpClient implements AutoCloseable {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final TokenSource tokens;
  private final AnsweringPaths paths = new AnsweringPaths();
  private final ResponseCache cache;
  private final RequestLog log = new RequestLog();
  private volatile boolean closed;
  private final ExecutorService fetchers =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "rallyup-fetch");
            thread.setDaemon(true);
            return thread;
          });

  /** Creates a client; nothing is sent until the first request or {@link #logIn()}. */
  public RallyUpClient(ClientConfig config) {
    this(config, Clock.systemUTC());
  }

  RallyUpClient(ClientConfig config, Clock clock) {
    this(config, clock, RetryInterceptor.Sleeper.SYSTEM, RetryInterceptor::randomJitter);
  }

  /**
   * The interceptors, outermost first: retries wrap the credential's rate limiter (so each attempt
   * is paced), the bearer token (so each attempt carries a valid token) and the request log (so
   * each attempt is logged). Logins go through a client of their own with the same retries and log
   * but no bearer token. A recorder or replayer ({@link Traffic}) sits innermost in both.
   */
  RallyUpClient(
      ClientConfig config, Clock clock, RetryInterceptor.Sleeper sleeper, DoubleSupplier jitter) {
    this.config = requireNonNull(config, "config");
    this.cache = new ResponseCache(config.cacheTtl());
    RequestLogInterceptor log = new RequestLogInterceptor(config.userAgent());
    OkHttpClient.Builder base = new OkHttpClient.Builder();
    config.trustManager().ifPresent(trust -> base.sslSocketFactory(sslFactory(trust), trust));
    config.proxy().applyTo(base);
    Optional<Interceptor> tape = config.traffic().interceptor(config.credentials().secret());
    base.connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .followRedirects(false)
        .addInterceptor(RetryInterceptor.forLogins(config.retry(), clock, sleeper, jitter))
        .addInterceptor(log);
    tape.ifPresent(base::addInterceptor);
    OkHttpClient logins = base.build();
    this.tokens = new TokenSource(logins, config, clock);
    OkHttpClient.Builder api = logins.newBuilder();
    api.interceptors().clear();
    api.addInterceptor(RetryInterceptor.forReads(config.retry(), clock, sleeper, jitter))
        .addInterceptor(
            new RateLimitInterceptor(
                RateLimiter.shared(
                    config.baseUrl(),
                    config.credentials(),
                    config.maxRequestsPerSecond(),
                    sleeper)))
        .addInterceptor(new BearerTokenInterceptor(tokens))
        .addInterceptor(log);
    tape.ifPresent(api::addInterceptor);
    this.http = api.build();
  }

  private static SSLSocketFactory sslFactory(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make a TLS context: " + e, e);
    }
  }

  /** Logs in now when the credentials are a login and secret, so bad credentials fail early. */
  public void logIn() {
    tokens.current();
  }

  /** The API these credentials belong to. */
  public Api api() {
    return config.credentials().api();
  }

  /** The requests this connection has made, for {@code rallyup_meta.requests}. */
  public RequestLog requestLog() {
    return log;
  }

  /** Opens a lazy cursor over the records the request returns; the caller closes it. */
  public <T> RecordCursor<T> open(ApiRequest request, RecordDecoder<T> decoder) {
    return open(request, decoder, CallScope.NONE);
  }

  /**
   * Opens a lazy cursor that fails with {@link RallyUpApiException.Kind#TIMEOUT} once {@code
   * deadline} passes, including while a request is waiting for RallyUp.
   */
  public <T> RecordCursor<T> open(ApiRequest request, RecordDecoder<T> decoder, Deadline deadline) {
    return open(request, decoder, CallScope.of(deadline));
  }

  /** Opens a lazy cursor whose requests count against the scope's statement. */
  public <T> RecordCursor<T> open(ApiRequest request, RecordDecoder<T> decoder, CallScope scope) {
    requireNonNull(decoder, "decoder");
    requireNonNull(scope, "scope");
    return switch (request.endpoint().shape()) {
      case PAGED -> new PagedCursor<>(this, request, decoder, scope);
      case ARRAY -> new ArrayCursor<>(this, request, decoder, scope);
      case OBJECT -> new ObjectCursor<>(this, request, decoder, scope);
    };
  }

  /**
   * Opens one cursor over the records of several requests, in order, fetching up to {@code
   * maxConcurrentRequests} of them at once (an IN list over a key).
   */
  public <T> RecordCursor<T> openAll(
      List<ApiRequest> requests, List<RecordDecoder<T>> decoders, CallScope scope) {
    return new ConcatCursor<>(this, requests, decoders, scope);
  }

  /**
   * Opens one cursor over the records of one listing per distinct non-null key, keys read lazily
   * from {@code keys} (a parent listing), in key order, with up to {@code maxConcurrentRequests}
   * listings in flight; the cursor closes {@code keys}.
   *
   * @param open opens the listing of one key, on a pool thread
   * @param start how many listings to start with
   */
  public <T> RecordCursor<T> openPerKey(
      RecordCursor<String> keys,
      Function<String, RecordCursor<T>> open,
      CallScope scope,
      FanOutStart start) {
    int window = start == FanOutStart.ALL ? concurrency() : 1;
    return new PerKeyCursor<>(fetchers, concurrency(), window, keys, open, scope.deadline());
  }

  /**
   * The number of records a paged request would return, from {@code TotalCount} of a one-record
   * page, or empty when the API does not say. Costs one request (or none when cached).
   */
  public OptionalLong count(ApiRequest request, CallScope scope) {
    ApiRequest probe =
        new ApiRequest(request.endpoint(), request.pathParams(), request.queryParams(), 1);
    return PagedCursor.totalCount(this, probe, scope);
  }

  /**
   * Sends one {@code GET path?query} for the self-check and returns the answer whatever its status
   * (after retries of transient failures); counted in the request log like any request.
   */
  public ProbeAnswer probe(String path, Map<String, String> query) {
    HttpUrl.Builder url = config.baseUrl().newBuilder().encodedPath(path);
    query.forEach(url::addQueryParameter);
    Request request = new Request.Builder().url(url.build()).get().build();
    String described = "GET " + RequestLogInterceptor.describe(request);
    long start = System.nanoTime();
    Call call = http.newCall(request);
    try (Response response = execute(call, described, Deadline.NONE)) {
      byte[] body =
          response.isSuccessful()
              ? JsonBodies.bounded(response).readAllBytes()
              : ApiError.head(response.body());
      RetryInterceptor.Attempts attempts = RetryInterceptor.attempts(call);
      logged(
          CallScope.NONE,
          request,
          response.code(),
          start,
          body.length,
          attempts.retries(),
          attempts.waitedMillis(),
          false);
      return new ProbeAnswer(response.code(), body);
    } catch (IOException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT, 0, described + " could not be read: " + e, e);
    }
  }

  int concurrency() {
    return config.maxConcurrentRequests();
  }

  ExecutorService fetchers() {
    return fetchers;
  }

  /**
   * Sends {@code GET} for the request (plus {@code extraQuery}, e.g. paging) and returns a response
   * with status 200, 204, or 404 carrying a RallyUp envelope (a record that does not exist). A 404
   * without an envelope means the path is not served, so the next candidate path is tried.
   */
  Exchange get(ApiRequest request, Map<String, String> extraQuery, CallScope scope) {
    if (closed) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT, 0, "the connection to RallyUp is closed");
    }
    Deadline deadline = scope.deadline();
    Endpoint endpoint = request.endpoint();
    boolean buffered = endpoint.shape() != Shape.ARRAY;
    List<String> tried = new ArrayList<>();
    for (String template : paths.candidates(endpoint)) {
      HttpUrl url = url(template, request, extraQuery);
      Request httpRequest = new Request.Builder().url(url).get().build();
      String described = "GET " + RequestLogInterceptor.describe(httpRequest);
      if (deadline.hasPassed()) {
        throw RallyUpApiException.timedOut("while waiting for RallyUp (" + described + ")", null);
      }
      ResponseCache.Body cached = buffered && !scope.fresh() ? cache.get(url.toString()) : null;
      if (cached != null) {
        RequestLog.Entry entry =
            logged(scope, httpRequest, 200, 0, cached.bytes().length, 0, 0, true);
        return new Exchange(replay(httpRequest, cached), described, entry);
      }
      scope.budget().spend(described);
      Call call = http.newCall(httpRequest);
      if (deadline.isSet()) {
        call.timeout().timeout(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
      }
      long start = System.nanoTime();
      Response response = execute(call, described, deadline);
      int status = response.code();
      MediaType type = response.body().contentType();
      RetryInterceptor.Attempts attempts = RetryInterceptor.attempts(call);
      int retries = attempts.retries();
      long waited = attempts.waitedMillis();
      if (ResponseCheck.isHtml(status, type)) {
        byte[] page = readErrorBody(response, described);
        logged(scope, httpRequest, status, start, page.length, retries, waited, false);
        throw ResponseCheck.notJson(status, type, page, described);
      }
      if (status == 200 && buffered) {
        ResponseCache.Body body = readBody(response, described);
        cache.put(url.toString(), body);
        paths.answered(endpoint, template);
        RequestLog.Entry entry =
            logged(scope, httpRequest, status, start, body.bytes().length, retries, waited, false);
        return new Exchange(replay(httpRequest, body), described, entry);
      }
      if (status == 200 || status == 204) {
        paths.answered(endpoint, template);
        long length = status == 204 ? 0 : response.body().contentLength();
        RequestLog.Entry entry =
            logged(scope, httpRequest, status, start, length, retries, waited, false);
        return new Exchange(response, described, entry);
      }
      byte[] body = readErrorBody(response, described);
      RequestLog.Entry entry =
          logged(scope, httpRequest, status, start, body.length, retries, waited, false);
      if (ResponseCheck.isMissingRecord(status, body)) {
        paths.answered(endpoint, template);
        return new Exchange(replay(httpRequest, status, body), described, entry);
      }
      if (!ResponseCheck.isNotServed(status, body)) {
        throw ResponseCheck.failed(status, type, body, attempts, described);
      }
      tried.add(url.encodedPath());
    }
    throw AnsweringPaths.noneServed(tried);
  }

  private HttpUrl url(String template, ApiRequest request, Map<String, String> extraQuery) {
    HttpUrl.Builder url = config.baseUrl().newBuilder();
    for (String segment : template.substring(1).split("/", -1)) {
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String name = segment.substring(1, segment.length() - 1);
        String value = request.pathParams().get(name);
        if (value == null) {
          throw new IllegalArgumentException("no value for path parameter {" + name + "}");
        }
        url.addPathSegment(value);
      } else {
        url.addPathSegment(segment);
      }
    }
    request.queryParams().forEach(url::addQueryParameter);
    extraQuery.forEach(url::addQueryParameter);
    return url.build();
  }

  private Response execute(Call call, String described, Deadline deadline) {
    try {
      return awaitResponse(call, deadline);
    } catch (IOException e) {
      if (deadline.hasPassed()) {
        throw RallyUpApiException.timedOut("while waiting for RallyUp (" + described + ")", e);
      }
      if (closed) {
        throw new RallyUpApiException(
            RallyUpApiException.Kind.TRANSPORT,
            0,
            "the connection was closed while waiting for RallyUp (" + described + ")",
            e);
      }
      RetryInterceptor.Attempts attempts = RetryInterceptor.attempts(call);
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT,
          0,
          described
              + " failed"
              + attempts.after()
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + attempts.gaveUp(),
          e);
    }
  }

  /**
   * Runs the call on OkHttp's dispatcher and waits for it here, looking at the statement's cancel
   * flag every 50 ms: {@code Statement.cancel()} arrives on another thread and only sets a flag,
   * and a blocking call would not see it until the response came.
   */
  private static Response awaitResponse(Call call, Deadline deadline) throws IOException {
    CompletableFuture<Response> response = new CompletableFuture<>();
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            response.completeExceptionally(e);
          }

          @Override
          public void onResponse(Call answered, Response received) {
            if (!response.complete(received)) {
              received.close();
            }
          }
        });
    while (true) {
      try {
        return response.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException poll) {
        if (deadline.isCancelled()) {
          abandon(call, response);
          throw new RallyUpApiException(
              RallyUpApiException.Kind.CANCELLED,
              0,
              "the statement was cancelled while waiting for RallyUp ("
                  + call.request().method()
                  + " "
                  + RequestLogInterceptor.describe(call.request())
                  + ")");
        }
      } catch (ExecutionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IOException(cause);
      } catch (InterruptedException interrupted) {
        abandon(call, response);
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for RallyUp");
      }
    }
  }

  /** Cancels the call and closes its response should it have arrived meanwhile. */
  private static void abandon(Call call, CompletableFuture<Response> response) {
    call.cancel();
    response.cancel(false);
    response.thenAccept(Response::close);
  }

  private RequestLog.Entry logged(
      CallScope scope,
      Request request,
      int status,
      long start,
      long bytes,
      int retries,
      long waitedMillis,
      boolean cacheHit) {
    RequestLog.Entry entry =
        new RequestLog.Entry(
            scope.statementId(),
            java.time.Instant.now(),
            request.method(),
            RequestLogInterceptor.describe(request),
            status,
            cacheHit ? 0 : (System.nanoTime() - start) / 1_000_000,
            bytes,
            retries,
            waitedMillis,
            cacheHit);
    log.add(entry);
    return entry;
  }

  /** Reads a whole 200 body (bounded like every body), so it can be cached and measured. */
  private static ResponseCache.Body readBody(Response response, String described) {
    try (response) {
      MediaType type = response.body().contentType();
      byte[] bytes = JsonBodies.bounded(response).readAllBytes();
      return new ResponseCache.Body(bytes, type == null ? null : type.toString());
    } catch (IOException e) {
      throw JsonBodies.failure(e, response, described);
    }
  }

  private static Response replay(Request request, ResponseCache.Body body) {
    MediaType type = body.contentType() == null ? null : MediaType.parse(body.contentType());
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(body.bytes(), type))
        .build();
  }

  private static Response replay(Request request, int status, byte[] body) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message("")
        .body(ResponseBody.create(body, MediaType.parse("application/json")))
        .build();
  }

  /**
   * Reads at most one byte more than {@link ApiError#MAX_BODY_BYTES} of a body that is not a page
   * of records; closing the response then drops the connection rather than read the rest.
   */
  private static byte[] readErrorBody(Response response, String described) {
    try (response) {
      return ApiError.head(response.body());
    } catch (IOException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT,
          response.code(),
          described + " answered HTTP " + response.code() + " and its body could not be read: " + e,
          e);
    }
  }

  /**
   * Cancels the requests in flight, which closes their sockets at once (a statement still running
   * on another thread fails instead of finishing on a closed connection), then closes the idle
   * connections and lets the dispatcher's threads end.
   */
  @Override
  public void close() {
    closed = true;
    fetchers.shutdownNow();
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "RallyUpClient[" + config.baseUrl() + ", " + config.credentials() + "]";
  }

  /** An open response, the request line to name in messages, and its request log entry. */
  record Exchange(Response response, String described, RequestLog.Entry entry) {}
}
