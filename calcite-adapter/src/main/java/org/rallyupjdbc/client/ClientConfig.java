package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import okhttp3.HttpUrl;

/** Everything the HTTP client needs, parsed and validated once per connection. */
public record ClientConfig(
    HttpUrl baseUrl,
    Credentials credentials,
    Duration connectTimeout,
    Duration readTimeout,
    String userAgent) {
  /** Creates a configuration. */
  public ClientConfig {
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(credentials, "credentials");
    requireNonNull(connectTimeout, "connectTimeout");
    requireNonNull(readTimeout, "readTimeout");
    requireNonNull(userAgent, "userAgent");
  }
}
