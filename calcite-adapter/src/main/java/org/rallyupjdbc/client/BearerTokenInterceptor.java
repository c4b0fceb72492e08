package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to every API request and, when the API answers 401 and
 * the driver holds a login, logs in again and retries the request once.
 */
final class BearerTokenInterceptor implements Interceptor {
  private final TokenSource tokens;

  BearerTokenInterceptor(TokenSource tokens) {
    this.tokens = requireNonNull(tokens, "tokens");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Secret token = tokens.current();
    Response response = chain.proceed(authorize(chain.request(), token));
    if (response.code() != 401 || !tokens.reject(token)) {
      return response;
    }
    response.close();
    return chain.proceed(authorize(chain.request(), tokens.current()));
  }

  private static Request authorize(Request request, Secret token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
  }
}
