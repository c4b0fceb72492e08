package org.rallyupjdbc.bench.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The soak run's command line.
 *
 * @param duration how long the workers issue queries
 * @param connections pooled connections, one worker thread each
 * @param failRate the sandbox's probability of a 500 or 503 per request
 * @param rateLimit the sandbox's requests per second per token before 429; 0 for none
 * @param tokenTtlSeconds lifetime of the sandbox's tokens
 * @param drift donations arrive before every listdonations request
 * @param seed seed of the sandbox's data and of the query mix
 * @param reportEvery time between two resource samples (each one a row of the report)
 * @param out where the markdown report is written, or null
 */
public record SoakOptions(
    Duration duration,
    int connections,
    double failRate,
    double rateLimit,
    long tokenTtlSeconds,
    boolean drift,
    long seed,
    Duration reportEvery,
    Path out) {

  static final String USAGE =
      """
      usage: bin/soak [options]
        --duration D        how long to run: 90s, 20m, 2h (default 20m)
        --connections N     pooled connections issuing queries, one thread each (default 4)
        --fail-rate P       sandbox: probability of a 500/503 per request (default 0.05)
        --rate-limit R      sandbox: requests per second per token before 429, 0 = none (default 0)
        --token-ttl S       sandbox: token lifetime in seconds (default 30)
        --drift / --no-drift  sandbox: donations arrive while they are listed (default on)
        --seed N            seed of the data and of the query mix (default 7)
        --report-every D    time between resource samples, one report row each (default 30s)
        --out FILE          also write the markdown report to FILE
      Exit status: 0 passed, 1 failed (a result differed from H2, an unexpected error, or
      heap/threads/sockets/file handles kept growing), 2 bad options.
      """;

  /** Validates the values; throws {@link IllegalArgumentException} naming the bad one. */
  public SoakOptions {
    check(!duration.isNegative() && !duration.isZero(), "--duration must be positive");
    check(connections >= 1 && connections <= 64, "--connections must be 1..64");
    check(failRate >= 0 && failRate < 1, "--fail-rate must be 0..1 (1 excluded)");
    check(rateLimit >= 0, "--rate-limit must be >= 0");
    check(tokenTtlSeconds >= 1, "--token-ttl must be >= 1");
    check(reportEvery.toMillis() >= 100, "--report-every must be at least 100ms");
  }

  /** Parses the arguments over the defaults. */
  public static SoakOptions parse(String... args) {
    Duration duration = Duration.ofMinutes(20);
    int connections = 4;
    double failRate = 0.05;
    double rateLimit = 0;
    long tokenTtl = 30;
    boolean drift = true;
    long seed = 7;
    Duration reportEvery = Duration.ofSeconds(30);
    Path out = null;
    Deque<String> queue = new ArrayDeque<>(Arrays.asList(args));
    while (!queue.isEmpty()) {
      String option = queue.poll();
      switch (option) {
        case "--drift" -> drift = true;
        case "--no-drift" -> drift = false;
        case "--duration" -> duration = duration(option, value(option, queue));
        case "--connections" -> connections = (int) number(option, value(option, queue));
        case "--fail-rate" -> failRate = decimal(option, value(option, queue));
        case "--rate-limit" -> rateLimit = decimal(option, value(option, queue));
        case "--token-ttl" -> tokenTtl = number(option, value(option, queue));
        case "--seed" -> seed = number(option, value(option, queue));
        case "--report-every" -> reportEvery = duration(option, value(option, queue));
        case "--out" -> out = Path.of(value(option, queue));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new SoakOptions(
        duration, connections, failRate, rateLimit, tokenTtl, drift, seed, reportEvery, out);
  }

  /** {@code 90s}, {@code 20m}, {@code 2h} or {@code 500ms}. */
  static Duration duration(String option, String text) {
    try {
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      return switch (text.charAt(text.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(option + " takes a duration such as 90s, 20m or 2h");
    }
  }

  private static String value(String option, Deque<String> queue) {
    String value = queue.poll();
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static long number(String option, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, not " + text);
    }
  }

  private static double decimal(String option, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not " + text);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
