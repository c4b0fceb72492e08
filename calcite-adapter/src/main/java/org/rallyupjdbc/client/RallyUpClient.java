package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Speaks RallyUp over HTTP for one JDBC connection: one OkHttp client with its interceptors, the
 * bearer token, and the path that answered for each endpoint. Opens record cursors over endpoints.
 */
public final class RallyUpClient implements AutoCloseable {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final TokenSource tokens;
  private final Map<Endpoint, String> answeringPath = new ConcurrentHashMap<>();

  /** Creates a client; nothing is sent until the first request or {@link #logIn()}. */
  public RallyUpClient(ClientConfig config) {
    this(config, Clock.systemUTC());
  }

  RallyUpClient(ClientConfig config, Clock clock) {
    this(config, clock, RetryInterceptor.Sleeper.SYSTEM, RetryInterceptor::randomJitter);
  }

  /**
   * The interceptors, outermost first: retries wrap the bearer token (so each attempt carries a
   * valid token) and the request log (so each attempt is logged). Logins go through a client of
   * their own with the same retries and log but no bearer token.
   */
  RallyUpClient(
      ClientConfig config, Clock clock, RetryInterceptor.Sleeper sleeper, DoubleSupplier jitter) {
    this.config = requireNonNull(config, "config");
    RequestLogInterceptor log = new RequestLogInterceptor(config.userAgent());
    OkHttpClient logins =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .followRedirects(false)
            .addInterceptor(RetryInterceptor.forLogins(config.retry(), clock, sleeper, jitter))
            .addInterceptor(log)
            .build();
    this.tokens = new TokenSource(logins, config, clock);
    OkHttpClient.Builder api = logins.newBuilder();
    api.interceptors().clear();
    this.http =
        api.addInterceptor(RetryInterceptor.forReads(config.retry(), clock, sleeper, jitter))
            .addInterceptor(new BearerTokenInterceptor(tokens))
            .addInterceptor(log)
            .build();
  }

  /** Logs in now when the credentials are a login and secret, so bad credentials fail early. */
  public void logIn() {
    tokens.current();
  }

  /** The API these credentials belong to. */
  public Api api() {
    return config.credentials().api();
  }

  /** Opens a lazy cursor over the records the request returns; the caller closes it. */
  public <T> RecordCursor<T> open(ApiRequest request, RecordDecoder<T> decoder) {
    return open(request, decoder, Deadline.NONE);
  }

  /**
   * Opens a lazy cursor that fails with {@link RallyUpApiException.Kind#TIMEOUT} once {@code
   * deadline} passes, including while a request is waiting for RallyUp.
   */
  public <T> RecordCursor<T> open(ApiRequest request, RecordDecoder<T> decoder, Deadline deadline) {
    requireNonNull(decoder, "decoder");
    requireNonNull(deadline, "deadline");
    return switch (request.endpoint().shape()) {
      case PAGED -> new PagedCursor<>(this, request, decoder, deadline);
      case ARRAY -> new ArrayCursor<>(this, request, decoder, deadline);
      case OBJECT -> new ObjectCursor<>(this, request, decoder, deadline);
    };
  }

  /**
   * Sends {@code GET} for the request (plus {@code extraQuery}, e.g. paging) and returns a response
   * with status 200, 204, or 404 carrying a RallyUp envelope (a record that does not exist). A 404
   * without an envelope means the path is not served, so the next candidate path is tried.
   */
  Exchange get(ApiRequest request, Map<String, String> extraQuery, Deadline deadline) {
    Endpoint endpoint = request.endpoint();
    String known = answeringPath.get(endpoint);
    List<String> candidates = known != null ? List.of(known) : endpoint.paths();
    List<String> tried = new ArrayList<>();
    for (String template : candidates) {
      HttpUrl url = url(template, request, extraQuery);
      Request httpRequest = new Request.Builder().url(url).get().build();
      String described = "GET " + RequestLogInterceptor.describe(httpRequest);
      if (deadline.hasPassed()) {
        throw RallyUpApiException.timedOut("while waiting for RallyUp (" + described + ")", null);
      }
      Call call = http.newCall(httpRequest);
      if (deadline.isSet()) {
        call.timeout().timeout(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
      }
      Response response = execute(call, described, deadline);
      int status = response.code();
      if (status == 200 || status == 204) {
        answeringPath.put(endpoint, template);
        return new Exchange(response, described);
      }
      byte[] body = readErrorBody(response, described);
      if (status == 404 && ApiError.isEnvelope(body)) {
        answeringPath.put(endpoint, template);
        return new Exchange(response, described);
      }
      if (status != 404) {
        RetryInterceptor.Attempts attempts = RetryInterceptor.attempts(call);
        throw new RallyUpApiException(
            RallyUpApiException.kindOf(status),
            status,
            described
                + " answered HTTP "
                + status
                + attempts.after()
                + ": "
                + ApiError.of(body)
                + attempts.gaveUp());
      }
      tried.add(url.encodedPath());
    }
    throw new RallyUpApiException(
        RallyUpApiException.Kind.NOT_FOUND,
        404,
        "RallyUp serves none of the paths tried for this table (each answered HTTP 404): "
            + String.join(", ", tried));
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

  private static Response execute(Call call, String described, Deadline deadline) {
    try {
      return awaitResponse(call, deadline);
    } catch (IOException e) {
      if (deadline.hasPassed()) {
        throw RallyUpApiException.timedOut("while waiting for RallyUp (" + described + ")", e);
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
          call.cancel();
          response.cancel(false);
          response.thenAccept(Response::close);
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
        call.cancel();
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for RallyUp");
      }
    }
  }

  private static byte[] readErrorBody(Response response, String described) {
    try (response) {
      return response.body().bytes();
    } catch (IOException e) {
      throw new RallyUpApiException(
          RallyUpApiException.Kind.TRANSPORT,
          response.code(),
          described + " answered HTTP " + response.code() + " and its body could not be read: " + e,
          e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "RallyUpClient[" + config.baseUrl() + ", " + config.credentials() + "]";
  }

  /** An open response and the request line to name in messages. */
  record Exchange(Response response, String described) {}
}
