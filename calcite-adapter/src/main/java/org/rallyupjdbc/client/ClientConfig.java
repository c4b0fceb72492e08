package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * Everything the HTTP client needs, parsed and validated once per connection.
 *
 * @param baseUrl where the API lives
 * @param credentials a login and secret, or a ready token
 * @param connectTimeout TCP connect timeout
 * @param readTimeout socket read timeout
 * @param userAgent the User-Agent header
 * @param retry how transient failures are retried
 */
public record ClientConfig(
    HttpUrl baseUrl,
    Credentials credentials,
    Duration connectTimeout,
    Duration readTimeout,
    String userAgent,
    RetryPolicy retry) {
  /** Creates a configuration. */
  public ClientConfig {
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(credentials, "credentials");
    requireNonNull(connectTimeout, "connectTimeout");
    requireNonNull(readTimeout, "readTimeout");
    requireNonNull(userAgent, "userAgent");
    requireNonNull(retry, "retry");
  }

  /** Creates a configuration that retries as {@link RetryPolicy#defaults()} says. */
  public ClientConfig(
      HttpUrl baseUrl,
      Credentials credentials,
      Duration connectTimeout,
      Duration readTimeout,
      String userAgent) {
    this(baseUrl, credentials, connectTimeout, readTimeout, userAgent, RetryPolicy.defaults());
  }

  /** This configuration with another retry policy. */
  public ClientConfig withRetry(RetryPolicy value) {
    return new ClientConfig(baseUrl, credentials, connectTimeout, readTimeout, userAgent, value);
  }
}
