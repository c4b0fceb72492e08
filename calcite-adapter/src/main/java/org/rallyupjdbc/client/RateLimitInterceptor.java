package org.rallyupjdbc.client;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Waits for the credential's {@link RateLimiter} before each attempt and tells it how the attempt
 * went. Placed inside the retry interceptor, so retries are paced too; the time waited is kept on
 * the call for the request log.
 */
final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;

  RateLimitInterceptor(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Call call = chain.call();
    long waited = limiter.acquire(call::isCanceled);
    call.tag(RetryInterceptor.Attempts.class, RetryInterceptor.Attempts::new).waited(waited);
    if (call.isCanceled()) {
      throw new IOException("Canceled");
    }
    Response response = chain.proceed(chain.request());
    if (response.code() == 429) {
      limiter.onRateLimited();
    } else if (response.isSuccessful()) {
      limiter.onSuccess();
    }
    return response;
  }
}
