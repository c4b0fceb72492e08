package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.CatalogException;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.ClientConfig;
import org.rallyupjdbc.client.Credentials;
import org.rallyupjdbc.client.ProxyLogin;
import org.rallyupjdbc.client.ProxySettings;
import org.rallyupjdbc.client.RetryPolicy;
import org.rallyupjdbc.client.Secret;
import org.rallyupjdbc.client.Traffic;

/**
 * The connection properties, parsed and validated once: unknown keys, missing credentials and bad
 * values are rejected with a message naming the property. Never prints a secret.
 *
 * @param client what the HTTP client needs
 * @param pageSize records per page requested from paged endpoints
 * @param catalog the tables to serve
 * @param maxRequestsPerQuery requests one statement may make, 0 for no limit
 * @param pushdown whether the query shapes the requests ({@link RallyUpProperty#PUSHDOWN})
 */
public record ConnectionSettings(
    ClientConfig client, int pageSize, Catalog catalog, int maxRequestsPerQuery, boolean pushdown) {
  /** The largest {@code maxRetries} accepted. */
  static final int MAX_RETRIES_LIMIT = 20;

  /** How {@code baseUrl} names a recording to answer from. */
  static final String REPLAY = "replay:";

  /** The largest {@code maxConcurrentRequests} accepted. */
  static final int MAX_CONCURRENCY = 16;

  /** Creates settings. */
  public ConnectionSettings {
    requireNonNull(client, "client");
    requireNonNull(catalog, "catalog");
  }

  /**
   * Parses properties given by name (matched without regard to case).
   *
   * @param properties the merged URL and {@code Properties} values
   * @param userAgent the User-Agent to send
   * @throws InvalidPropertyException naming the offending property
   */
  public static ConnectionSettings parse(Map<String, String> properties, String userAgent) {
    Map<RallyUpProperty, String> values = new EnumMap<>(RallyUpProperty.class);
    properties.forEach(
        (key, value) -> {
          RallyUpProperty property =
              RallyUpProperty.forKey(key)
                  .orElseThrow(
                      () ->
                          new InvalidPropertyException(
                              "Unknown connection property '"
                                  + key
                                  + "'. Valid properties: "
                                  + validKeys()));
          values.put(property, value);
        });
    Traffic traffic = traffic(values);
    if (traffic.isReplay() && value(values, RallyUpProperty.PASSWORD).isEmpty()) {
      // a replay needs no credentials: it "logs in" to the recording, which has no token to prove
      values.put(RallyUpProperty.USER, "replay");
      values.put(RallyUpProperty.PASSWORD, "replay");
    }
    String secret =
        value(values, RallyUpProperty.PASSWORD)
            .orElseThrow(
                () ->
                    new InvalidPropertyException(
                        "Connection property 'password' is required: the organization API secret (with user) or a"
                            + " bearer token"));
    boolean partner = bool(values, RallyUpProperty.PARTNER);
    Credentials credentials =
        new Credentials(
            partner ? Api.PARTNER : Api.ORGANIZATION,
            value(values, RallyUpProperty.USER),
            Secret.of(secret));
    ClientConfig client =
        new ClientConfig(
            traffic.isReplay() ? Traffic.REPLAY_BASE_URL : url(values),
            credentials,
            Duration.ofSeconds(positive(values, RallyUpProperty.CONNECT_TIMEOUT)),
            Duration.ofSeconds(positive(values, RallyUpProperty.READ_TIMEOUT)),
            userAgent,
            RetryPolicy.defaults()
                .withMaxRetries(between(values, RallyUpProperty.MAX_RETRIES, 0, MAX_RETRIES_LIMIT)),
            between(values, RallyUpProperty.MAX_CONCURRENT_REQUESTS, 1, MAX_CONCURRENCY),
            Duration.ofSeconds(
                between(values, RallyUpProperty.CACHE_TTL_SECONDS, 0, Integer.MAX_VALUE)),
            between(values, RallyUpProperty.MAX_REQUESTS_PER_SECOND, 0, Integer.MAX_VALUE),
            trustManager(values),
            traffic,
            proxy(values));
    return new ConnectionSettings(
        client,
        positive(values, RallyUpProperty.PAGE_SIZE),
        catalog(values),
        between(values, RallyUpProperty.MAX_REQUESTS_PER_QUERY, 0, Integer.MAX_VALUE),
        bool(values, RallyUpProperty.PUSHDOWN));
  }

  /** The API the credentials belong to. */
  public Api api() {
    return client.credentials().api();
  }

  private static String validKeys() {
    return Arrays.stream(RallyUpProperty.values())
        .map(RallyUpProperty::key)
        .collect(Collectors.joining(", "));
  }

  private static Optional<String> value(
      Map<RallyUpProperty, String> values, RallyUpProperty property) {
    String value = values.get(property);
    if (value == null || value.isBlank()) {
      return property.defaultValue();
    }
    return Optional.of(value.strip());
  }

  private static boolean bool(Map<RallyUpProperty, String> values, RallyUpProperty property) {
    String text = value(values, property).orElseThrow().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw invalid(property, "must be true or false, not '" + text + "'");
    }
    return text.equals("true");
  }

  private static int positive(Map<RallyUpProperty, String> values, RallyUpProperty property) {
    String text = value(values, property).orElseThrow();
    try {
      int number = Integer.parseInt(text);
      if (number < 1) {
        throw invalid(property, "must be at least 1, not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw invalid(property, "must be a whole number, not '" + text + "'");
    }
  }

  private static int between(
      Map<RallyUpProperty, String> values, RallyUpProperty property, int min, int max) {
    String text = value(values, property).orElseThrow();
    try {
      int number = Integer.parseInt(text);
      if (number < min || number > max) {
        throw invalid(property, "must be from " + min + " to " + max + ", not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw invalid(property, "must be a whole number, not '" + text + "'");
    }
  }

  private static HttpUrl url(Map<RallyUpProperty, String> values) {
    String text = value(values, RallyUpProperty.BASE_URL).orElseThrow();
    HttpUrl url = HttpUrl.parse(text);
    if (url == null || !url.encodedPath().equals("/") || url.query() != null) {
      throw invalid(
          RallyUpProperty.BASE_URL,
          "must be an http:// or https:// URL without path or query, such as https://go.rallyup.com, not '"
              + text
              + "'");
    }
    boolean loopback =
        url.host().equals("localhost")
            || url.host().startsWith("127.")
            || url.host().equals("::1")
            || url.host().equals("[::1]");
    if (!url.isHttps() && !loopback && !bool(values, RallyUpProperty.ALLOW_INSECURE_HTTP)) {
      throw invalid(
          RallyUpProperty.BASE_URL,
          "is plain http:// to "
              + url.host()
              + ", which would send the secret unencrypted; use https://, or set"
              + " allowInsecureHttp=true if you really mean it");
    }
    return url;
  }

  /**
   * Live traffic, a recording ({@code recordTo}) or a replay ({@code baseUrl=replay:<dir>}); the
   * two together would record a copy of a recording, so they are refused.
   */
  private static Traffic traffic(Map<RallyUpProperty, String> values) {
    String base = value(values, RallyUpProperty.BASE_URL).orElseThrow();
    Optional<String> recordTo = value(values, RallyUpProperty.RECORD_TO);
    try {
      if (base.startsWith(REPLAY)) {
        if (recordTo.isPresent()) {
          throw invalid(RallyUpProperty.RECORD_TO, "cannot record a replayed connection");
        }
        return Traffic.replayFrom(Path.of(base.substring(REPLAY.length())));
      }
      return recordTo.isPresent() ? Traffic.recordTo(Path.of(recordTo.get())) : Traffic.live();
    } catch (IOException | InvalidPathException e) {
      RallyUpProperty property =
          base.startsWith(REPLAY) ? RallyUpProperty.BASE_URL : RallyUpProperty.RECORD_TO;
      throw invalid(property, "names no usable recording directory: " + e.getMessage());
    }
  }

  private static Catalog catalog(Map<RallyUpProperty, String> values) {
    Optional<String> file = value(values, RallyUpProperty.CATALOG);
    if (file.isEmpty()) {
      return Catalog.builtIn();
    }
    Path path = Path.of(file.get());
    if (!Files.isRegularFile(path)) {
      throw invalid(RallyUpProperty.CATALOG, "names no readable file: " + path);
    }
    try {
      return Catalog.withOverride(path);
    } catch (CatalogException e) {
      throw new InvalidPropertyException("Connection property 'catalog': " + e.getMessage(), e);
    }
  }

  private static Optional<X509TrustManager> trustManager(Map<RallyUpProperty, String> values) {
    Optional<String> file = value(values, RallyUpProperty.TRUST_STORE);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = Path.of(file.get());
    if (!Files.isRegularFile(path)) {
      throw invalid(RallyUpProperty.TRUST_STORE, "names no readable file: " + path);
    }
    char[] password =
        value(values, RallyUpProperty.TRUST_STORE_PASSWORD).map(String::toCharArray).orElse(null);
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(path.toString().endsWith(".jks") ? "JKS" : "PKCS12");
      store.load(in, password);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return Optional.of(x509);
        }
      }
      throw invalid(RallyUpProperty.TRUST_STORE, "holds no X.509 certificates: " + path);
    } catch (IOException | GeneralSecurityException e) {
      throw invalid(
          RallyUpProperty.TRUST_STORE,
          "could not be read as a PKCS12 or JKS trust store ("
              + path
              + "): "
              + e.getMessage()
              + " (check trustStorePassword)");
    }
  }

  /** proxyHost and proxyPort come together, as do proxyUser and proxyPassword. */
  private static ProxySettings proxy(Map<RallyUpProperty, String> values) {
    Optional<String> host = value(values, RallyUpProperty.PROXY_HOST);
    boolean port = value(values, RallyUpProperty.PROXY_PORT).isPresent();
    if (host.isPresent() != port) {
      throw host.isPresent()
          ? invalid(RallyUpProperty.PROXY_HOST, "needs proxyPort as well")
          : invalid(RallyUpProperty.PROXY_PORT, "needs proxyHost as well");
    }
    Optional<String> user = value(values, RallyUpProperty.PROXY_USER);
    Optional<String> password = value(values, RallyUpProperty.PROXY_PASSWORD);
    if (user.isPresent() != password.isPresent()) {
      throw user.isPresent()
          ? invalid(RallyUpProperty.PROXY_USER, "needs proxyPassword as well")
          : invalid(RallyUpProperty.PROXY_PASSWORD, "needs proxyUser as well");
    }
    return new ProxySettings(
        host.map(
            h -> ProxySettings.address(h, between(values, RallyUpProperty.PROXY_PORT, 1, 65535))),
        user.map(u -> ProxyLogin.of(u, Secret.of(password.orElseThrow()))));
  }

  private static InvalidPropertyException invalid(RallyUpProperty property, String problem) {
    return new InvalidPropertyException("Connection property '" + property.key() + "' " + problem);
  }
}
