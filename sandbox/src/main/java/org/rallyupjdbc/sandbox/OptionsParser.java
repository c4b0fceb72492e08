package org.rallyupjdbc.sandbox;

import java.util.Map;
import java.util.function.UnaryOperator;

/** Parses the command line into {@link SandboxOptions}. */
final class OptionsParser {
  static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar rallyup-sandbox.jar [options]",
          "  --port N                 TCP port on 127.0.0.1, 0 = any free port (default 0)",
          "  --seed N                 data and fault seed (default 7)",
          "  --scale N                record-count multiplier, 1..100 (default 1)",
          "  --latency-ms N           delay per API request, +-20% jitter (default 0)",
          "  --fail-rate P            probability 0..1 of a random 500/503 (default 0)",
          "  --rate-limit R           requests/second per token, then 429 (default 0 = off)",
          "  --token-ttl-seconds S    token lifetime (default 604799)",
          "  --drift                  donations arrive while clients page",
          "  --ignore-paging          paged endpoints ignore the page parameters",
          "  --ignore-list-filters    listdonations ignores startDate, endDate and campaignId",
          "  --static-token T         also accept T as a never-expiring organization token",
          "  --org-prefix v1|v2       version prefix of version/finduser/campaign/list* (default v2)",
          "  --jentic-paths           sweepstakesWinners at /v1/api, auctionWinners at /v2/api",
          "  --page-index-param NAME  page index query parameter (default pageIndex)",
          "  --page-size-param NAME   page size query parameter (default pageSize)",
          "  --max-page-size N        largest page served, 1..1000 (default 1000)",
          "  --help                   print this text");

  private static final Map<String, UnaryOperator<SandboxOptions>> FLAGS =
      Map.of(
          "--drift", o -> o.withDrift(true),
          "--ignore-paging", o -> o.withIgnorePaging(true),
          "--ignore-list-filters", o -> o.withIgnoreListFilters(true),
          "--jentic-paths", o -> o.withJenticPaths(true));

  /** Applies one valued option; {@code option} names it in error messages. */
  @FunctionalInterface
  private interface Setter {
    SandboxOptions set(SandboxOptions options, String option, String value);
  }

  private static final Map<String, Setter> VALUED =
      Map.ofEntries(
          Map.entry("--port", (o, name, v) -> o.withPort(integer(name, v))),
          Map.entry("--seed", (o, name, v) -> o.withSeed(longValue(name, v))),
          Map.entry("--scale", (o, name, v) -> o.withScale(integer(name, v))),
          Map.entry("--latency-ms", (o, name, v) -> o.withLatencyMs(integer(name, v))),
          Map.entry("--fail-rate", (o, name, v) -> o.withFailRate(decimal(name, v))),
          Map.entry("--rate-limit", (o, name, v) -> o.withRateLimit(decimal(name, v))),
          Map.entry(
              "--token-ttl-seconds", (o, name, v) -> o.withTokenTtlSeconds(longValue(name, v))),
          Map.entry("--static-token", (o, name, v) -> o.withStaticToken(v)),
          Map.entry("--org-prefix", (o, name, v) -> o.withOrgPrefix(v)),
          Map.entry("--page-index-param", (o, name, v) -> o.withPageIndexParam(v)),
          Map.entry("--page-size-param", (o, name, v) -> o.withPageSizeParam(v)),
          Map.entry("--max-page-size", (o, name, v) -> o.withMaxPageSize(integer(name, v))));

  private OptionsParser() {}

  static SandboxOptions parse(String... args) {
    SandboxOptions options = SandboxOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      UnaryOperator<SandboxOptions> flag = FLAGS.get(arg);
      Setter setter = VALUED.get(arg);
      if (flag == null && setter == null) {
        throw new IllegalArgumentException("unknown option: " + arg);
      }
      if (flag != null) {
        if (value != null) {
          throw new IllegalArgumentException(arg + " takes no value");
        }
        options = flag.apply(options);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        value = args[++i];
      }
      options = setter.set(options, arg, value);
    }
    return options;
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not an integer: " + value, e);
    }
  }

  private static long longValue(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not an integer: " + value, e);
    }
  }

  private static double decimal(String option, String value) {
    try {
      double parsed = Double.parseDouble(value);
      if (Double.isNaN(parsed)) {
        throw new NumberFormatException("NaN");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + value, e);
    }
  }
}
