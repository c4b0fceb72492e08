package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;
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
 * @param maxConcurrentRequests requests one scan may have in flight at once
 * @param cacheTtl how long response bodies are reused within the connection, zero for never
 * @param maxRequestsPerSecond a fixed ceiling on the credential's request rate, 0 for none
 * @param trustManager the certificates to trust for https instead of the JVM's, if any
 * @param traffic whether requests are also recorded, or answered from a recording
 * @param proxy the HTTP proxy and its login
 */
public record ClientConfig(
    HttpUrl baseUrl,
    Credentials credentials,
    Duration connectTimeout,
    Duration readTimeout,
    String userAgent,
    RetryPolicy retry,
    int maxConcurrentRequests,
    Duration cacheTtl,
    int maxRequestsPerSecond,
    Optional<X509TrustManager> trustManager,
    Traffic traffic,
    ProxySettings proxy) {

  /** Creates a configuration. */
  public ClientConfig {
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(credentials, "credentials");
    requireNonNull(connectTimeout, "connectTimeout");
    requireNonNull(readTimeout, "readTimeout");
    requireNonNull(userAgent, "userAgent");
    requireNonNull(retry, "retry");
    requireNonNull(cacheTtl, "cacheTtl");
    requireNonNull(trustManager, "trustManager");
    requireNonNull(traffic, "traffic");
    requireNonNull(proxy, "proxy");
    if (maxRequestsPerSecond < 0) {
      throw new IllegalArgumentException("maxRequestsPerSecond must not be negative");
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
    }
  }

  /**
   * Creates a configuration that retries as {@link RetryPolicy#defaults()} says, with four requests
   * in flight per scan, no cache, no rate ceiling, the JVM's trusted certificates and proxy, and
   * live traffic.
   */
  public ClientConfig(
      HttpUrl baseUrl,
      Credentials credentials,
      Duration connectTimeout,
      Duration readTimeout,
      String userAgent) {
    this(
        baseUrl,
        credentials,
        connectTimeout,
        readTimeout,
        userAgent,
        RetryPolicy.defaults(),
        4,
        Duration.ZERO,
        0,
        Optional.empty(),
        Traffic.live(),
        ProxySettings.jvmDefault());
  }

  /** This configuration with another retry policy. */
  public ClientConfig withRetry(RetryPolicy value) {
    return new ClientConfig(
        baseUrl,
        credentials,
        connectTimeout,
        readTimeout,
        userAgent,
        value,
        maxConcurrentRequests,
        cacheTtl,
        maxRequestsPerSecond,
        trustManager,
        traffic,
        proxy);
  }

  /** This configuration with other traffic. */
  public ClientConfig withTraffic(Traffic value) {
    return new ClientConfig(
        baseUrl,
        credentials,
        connectTimeout,
        readTimeout,
        userAgent,
        retry,
        maxConcurrentRequests,
        cacheTtl,
        maxRequestsPerSecond,
        trustManager,
        value,
        proxy);
  }
}
