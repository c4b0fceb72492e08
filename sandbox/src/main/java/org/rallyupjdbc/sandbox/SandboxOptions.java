package org.rallyupjdbc.sandbox;

import java.util.function.Consumer;

/**
 * How a {@link Sandbox} behaves. Every option has a command-line form (see {@link #parse}).
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free port
 * @param seed seed of the generated data, tokens and fault draws
 * @param scale multiplies every record count (not the number of organizations)
 * @param latencyMs sleep per API request, jittered by ±20%
 * @param failRate probability of a random 500 or 503 per API request
 * @param rateLimit requests per second per bearer token before 429; 0 means unlimited
 * @param tokenTtlSeconds lifetime of issued tokens
 * @param drift new donations arrive before every listdonations request
 * @param ignorePaging paged endpoints ignore the page index and size parameters
 * @param ignoreListFilters listdonations accepts its filter parameters (startDate, endDate,
 *     campaignId) without checking or applying them, as an API that does not know them would
 * @param staticToken an extra, never-expiring organization token, or null
 * @param orgPrefix {@code v2} or {@code v1}: the version of the org-API v1/v2 paths
 * @param jenticPaths serve sweepstakesWinners and auctionWinners at the paths the Jentic conversion
 *     lists ({@code /v1/api/...}, {@code /v2/api/...}) instead of {@code /v3/api/...}
 * @param pageIndexParam query-parameter name of the 1-based page index
 * @param pageSizeParam query-parameter name of the page size
 * @param maxPageSize the largest page served; larger requested sizes are capped to it
 */
public record SandboxOptions(
    int port,
    long seed,
    int scale,
    int latencyMs,
    double failRate,
    double rateLimit,
    long tokenTtlSeconds,
    boolean drift,
    boolean ignorePaging,
    boolean ignoreListFilters,
    String staticToken,
    String orgPrefix,
    boolean jenticPaths,
    String pageIndexParam,
    String pageSizeParam,
    int maxPageSize) {

  /** Validates every option; throws {@link IllegalArgumentException} naming the bad one. */
  public SandboxOptions {
    check(port >= 0 && port <= 65_535, "--port must be 0..65535");
    check(scale >= 1 && scale <= 100, "--scale must be 1..100");
    check(latencyMs >= 0 && latencyMs <= 600_000, "--latency-ms must be 0..600000");
    check(failRate >= 0 && failRate <= 1, "--fail-rate must be 0..1");
    check(rateLimit >= 0 && rateLimit < Double.POSITIVE_INFINITY, "--rate-limit must be >= 0");
    check(tokenTtlSeconds >= 1, "--token-ttl-seconds must be >= 1");
    check(staticToken == null || !staticToken.isBlank(), "--static-token must not be blank");
    check("v1".equals(orgPrefix) || "v2".equals(orgPrefix), "--org-prefix must be v1 or v2");
    check(pageIndexParam != null && !pageIndexParam.isBlank(), "--page-index-param is blank");
    check(pageSizeParam != null && !pageSizeParam.isBlank(), "--page-size-param is blank");
    check(!pageIndexParam.equals(pageSizeParam), "page index and size parameters must differ");
    check(maxPageSize >= 1 && maxPageSize <= 1_000, "--max-page-size must be 1..1000");
  }

  /** The defaults: free port, seed 7, scale 1, no faults, 7-day tokens, documented paths. */
  public static SandboxOptions defaults() {
    return new SandboxOptions(
        0,
        7,
        1,
        0,
        0,
        0,
        604_799,
        false,
        false,
        false,
        null,
        "v2",
        false,
        "pageIndex",
        "pageSize",
        1_000);
  }

  /** Parses command-line options (the syntax {@code --help} prints) over the defaults. */
  public static SandboxOptions parse(String... args) {
    return OptionsParser.parse(args);
  }

  public SandboxOptions withPort(int value) {
    return copy(b -> b.port = value);
  }

  public SandboxOptions withSeed(long value) {
    return copy(b -> b.seed = value);
  }

  public SandboxOptions withScale(int value) {
    return copy(b -> b.scale = value);
  }

  public SandboxOptions withLatencyMs(int value) {
    return copy(b -> b.latencyMs = value);
  }

  public SandboxOptions withFailRate(double value) {
    return copy(b -> b.failRate = value);
  }

  public SandboxOptions withRateLimit(double value) {
    return copy(b -> b.rateLimit = value);
  }

  public SandboxOptions withTokenTtlSeconds(long value) {
    return copy(b -> b.tokenTtlSeconds = value);
  }

  public SandboxOptions withDrift(boolean value) {
    return copy(b -> b.drift = value);
  }

  public SandboxOptions withIgnorePaging(boolean value) {
    return copy(b -> b.ignorePaging = value);
  }

  public SandboxOptions withIgnoreListFilters(boolean value) {
    return copy(b -> b.ignoreListFilters = value);
  }

  public SandboxOptions withStaticToken(String value) {
    return copy(b -> b.staticToken = value);
  }

  public SandboxOptions withOrgPrefix(String value) {
    return copy(b -> b.orgPrefix = value);
  }

  public SandboxOptions withJenticPaths(boolean value) {
    return copy(b -> b.jenticPaths = value);
  }

  public SandboxOptions withPageIndexParam(String value) {
    return copy(b -> b.pageIndexParam = value);
  }

  public SandboxOptions withPageSizeParam(String value) {
    return copy(b -> b.pageSizeParam = value);
  }

  public SandboxOptions withMaxPageSize(int value) {
    return copy(b -> b.maxPageSize = value);
  }

  private SandboxOptions copy(Consumer<Builder> change) {
    Builder builder = new Builder(this);
    change.accept(builder);
    return builder.build();
  }

  /** A mutable copy of the options, so that each withX method changes one field. */
  private static final class Builder {
    private int port;
    private long seed;
    private int scale;
    private int latencyMs;
    private double failRate;
    private double rateLimit;
    private long tokenTtlSeconds;
    private boolean drift;
    private boolean ignorePaging;
    private boolean ignoreListFilters;
    private String staticToken;
    private String orgPrefix;
    private boolean jenticPaths;
    private String pageIndexParam;
    private String pageSizeParam;
    private int maxPageSize;

    Builder(SandboxOptions o) {
      port = o.port;
      seed = o.seed;
      scale = o.scale;
      latencyMs = o.latencyMs;
      failRate = o.failRate;
      rateLimit = o.rateLimit;
      tokenTtlSeconds = o.tokenTtlSeconds;
      drift = o.drift;
      ignorePaging = o.ignorePaging;
      ignoreListFilters = o.ignoreListFilters;
      staticToken = o.staticToken;
      orgPrefix = o.orgPrefix;
      jenticPaths = o.jenticPaths;
      pageIndexParam = o.pageIndexParam;
      pageSizeParam = o.pageSizeParam;
      maxPageSize = o.maxPageSize;
    }

    SandboxOptions build() {
      return new SandboxOptions(
          port,
          seed,
          scale,
          latencyMs,
          failRate,
          rateLimit,
          tokenTtlSeconds,
          drift,
          ignorePaging,
          ignoreListFilters,
          staticToken,
          orgPrefix,
          jenticPaths,
          pageIndexParam,
          pageSizeParam,
          maxPageSize);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
