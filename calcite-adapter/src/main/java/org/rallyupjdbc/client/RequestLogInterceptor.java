package org.rallyupjdbc.client;

import java.io.IOException;
import java.lang.System.Logger.Level;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets the user agent and logs each exchange at DEBUG as method, path with query, status and time.
 * Headers are never logged, so the bearer token cannot leak through the log.
 */
final class RequestLogInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger(RallyUpClient.class.getName());

  private final String userAgent;

  RequestLogInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder().header("User-Agent", userAgent).build();
    long start = System.nanoTime();
    Response response = chain.proceed(request);
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} -> {2} in {3} ms",
          request.method(),
          describe(request),
          response.code(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return response;
  }

  /** The request as it may be shown to people: path and query only. */
  static String describe(Request request) {
    String query = request.url().encodedQuery();
    return request.url().encodedPath() + (query == null ? "" : "?" + query);
  }
}
