package org.rallyupjdbc.adapter;

import java.util.Locale;
import java.util.Optional;

/**
 * Every connection property the driver accepts: the one list that drives validation, {@code
 * getPropertyInfo} and the README's property table.
 */
public enum RallyUpProperty {
  /** Where the API lives. */
  BASE_URL(
      "baseUrl",
      Type.URL,
      "https://go.rallyup.com",
      "Base URL of the RallyUp API; http:// is meant for the sandbox and local tests;"
          + " replay:DIRECTORY answers from a recording made with recordTo, with no network."),
  /** API login; absent when password is a ready token. */
  USER(
      "user",
      Type.STRING,
      null,
      "Organization API login (or Partner API login with partner=true). Leave empty to pass a ready"
          + " bearer token as password."),
  /** API secret, or a ready bearer token. */
  PASSWORD(
      "password",
      Type.SECRET,
      null,
      "Organization API secret (with user), or a ready bearer token (without user). Required,"
          + " except for a replay."),
  /** Partner API credentials. */
  PARTNER(
      "partner",
      Type.BOOLEAN,
      "false",
      "true when user and password are Partner API credentials; the partner schema is then served"
          + " instead of rallyup."),
  /** Records requested per page. */
  PAGE_SIZE(
      "pageSize",
      Type.INTEGER,
      "100",
      "Records requested per page from paged endpoints, 1 to the endpoint's maximum (1000)."),
  /** A user catalog merged over the shipped one. */
  CATALOG(
      "catalog",
      Type.PATH,
      null,
      "Path of a catalog JSON file merged over the shipped table catalog (see docs/catalog.md)."),
  /** TCP connect timeout. */
  CONNECT_TIMEOUT(
      "connectTimeout", Type.INTEGER, "10", "Seconds to wait for a TCP connection to the API."),
  /** Socket read timeout. */
  READ_TIMEOUT(
      "readTimeout",
      Type.INTEGER,
      "60",
      "Seconds to wait for data from the API before a request fails."),
  /** Retries of a request that failed for a reason that may pass. */
  MAX_RETRIES(
      "maxRetries",
      Type.INTEGER,
      "4",
      "Retries of a request that failed with a connection error or HTTP 429, 500, 502, 503 or 504,"
          + " 0 to 20, after a growing random wait or what Retry-After asks for; 0 disables"
          + " retrying (see docs/reliability.md)."),
  /** Requests one scan keeps in flight. */
  MAX_CONCURRENT_REQUESTS(
      "maxConcurrentRequests",
      Type.INTEGER,
      "4",
      "Pages (or single-record lookups) one scan fetches at the same time once the first page has"
          + " told how many there are, 1 to 16; rows still arrive in order."),
  /** Lifetime of cached responses. */
  CACHE_TTL_SECONDS(
      "cacheTtlSeconds",
      Type.INTEGER,
      "60",
      "Seconds a response is reused by later queries on the same connection, so the queries of one"
          + " report see one consistent copy and cost one fetch; 0 disables the cache (at most 64"
          + " MiB are kept)."),
  /** Request budget per statement. */
  MAX_REQUESTS_PER_QUERY(
      "maxRequestsPerQuery",
      Type.INTEGER,
      "1000",
      "Most requests one statement may make; a query that needs more fails with SQLState 54000"
          + " before fetching beyond its first page when the page count shows it. 0 means no"
          + " limit."),
  /** Fixed ceiling on the credential's request rate. */
  MAX_REQUESTS_PER_SECOND(
      "maxRequestsPerSecond",
      Type.INTEGER,
      "0",
      "Most requests per second for this credential, shared by all its connections in the JVM; 0"
          + " sets no fixed ceiling. Either way the pace halves at each HTTP 429 and recovers"
          + " gradually."),
  /** Certificates to trust for https. */
  TRUST_STORE(
      "trustStore",
      Type.PATH,
      null,
      "Path of a PKCS12 or JKS trust store whose certificates are trusted for https instead of the"
          + " JVM's (a company proxy, a private CA). Certificates are always verified."),
  /** Password of the trust store. */
  TRUST_STORE_PASSWORD(
      "trustStorePassword", Type.SECRET, null, "Password of trustStore, if it has one."),
  /** Permission to send the secret without TLS to a host that is not this machine. */
  ALLOW_INSECURE_HTTP(
      "allowInsecureHttp",
      Type.BOOLEAN,
      "false",
      "true to allow an http:// baseUrl on a host other than this machine; the secret and token"
          + " would then cross the network unencrypted. Loopback (the sandbox) is always allowed."),
  /** The driver's log level, without JVM flags. */
  LOG_LEVEL(
      "logLevel",
      Type.STRING,
      null,
      "off, info, debug or trace: the level of the driver's java.util.logging loggers"
          + " (org.rallyupjdbc), for the whole JVM. debug logs each request's method, path, query,"
          + " status and time, never a header, token or secret; trace adds each request's size,"
          + " retries and cache hits and the query planner's detail. Unset leaves logging as the"
          + " application configured it."),
  /** Where the driver's log goes. */
  LOG_FILE(
      "logFile",
      Type.PATH,
      null,
      "File the driver's log is appended to (with logLevel; standard error if unset), for the"
          + " whole JVM."),
  /** A directory receiving a redacted recording of the connection's requests. */
  RECORD_TO(
      "recordTo",
      Type.PATH,
      null,
      "Directory (created if missing, must not hold a recording yet) receiving every request and"
          + " answer of the connection, without token, secret or headers and with personal data"
          + " replaced by consistent fakes; replay it with baseUrl=replay:DIRECTORY (see"
          + " docs/real-api.md)."),
  /** An HTTP proxy for this connection. */
  PROXY_HOST(
      "proxyHost",
      Type.STRING,
      null,
      "Host name or address of the HTTP proxy this connection's requests go through (with"
          + " proxyPort). Unset, the JVM's standard proxy properties (https.proxyHost,"
          + " http.proxyHost, http.nonProxyHosts) decide."),
  /** The proxy's port. */
  PROXY_PORT(
      "proxyPort", Type.INTEGER, null, "Port of proxyHost, 1 to 65535; required with proxyHost."),
  /** The proxy login. */
  PROXY_USER(
      "proxyUser",
      Type.STRING,
      null,
      "Login sent (as HTTP Basic) when the proxy answers 407, whether proxyHost or the JVM's"
          + " properties name it; needs proxyPassword."),
  /** The proxy login's password. */
  PROXY_PASSWORD("proxyPassword", Type.SECRET, null, "Password of proxyUser."),
  /** Whether the query shapes the requests. */
  PUSHDOWN(
      "pushdown",
      Type.BOOLEAN,
      "true",
      "false to read every table whole and leave all the work to the SQL engine: conditions,"
          + " LIMIT and COUNT(*) are not sent to the API, joins do not fill optional parameters or"
          + " look records up, and a table and its child table are read separately. A condition"
          + " a table cannot be read without (users.email) is still sent. For checking a result"
          + " you doubt, at the cost of more requests.");

  /** The value types properties may have. */
  public enum Type {
    /** Free text. */
    STRING,
    /** Text that is never shown back. */
    SECRET,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number, in the range the description states. */
    INTEGER,
    /** An http or https URL. */
    URL,
    /** A file path. */
    PATH
  }

  private final String key;
  private final Type type;
  private final String defaultValue;
  private final String description;

  RallyUpProperty(String key, Type type, String defaultValue, String description) {
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The property name as written in URLs and {@code Properties}. */
  public String key() {
    return key;
  }

  /** The value type. */
  public Type type() {
    return type;
  }

  /** The default value, if the property has one. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** One or two sentences for tools and docs. */
  public String description() {
    return description;
  }

  /** Whether the value must never be shown. */
  public boolean isSecret() {
    return type == Type.SECRET;
  }

  /** The property whose key matches, ignoring case. */
  public static Optional<RallyUpProperty> forKey(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    for (RallyUpProperty property : values()) {
      if (property.key.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }
}
