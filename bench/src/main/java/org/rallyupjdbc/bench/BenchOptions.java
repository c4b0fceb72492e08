package org.rallyupjdbc.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The harness's command line, parsed once.
 *
 * @param latenciesMs sandbox latencies to run at, each with its own sandbox
 * @param scale sandbox scale of the scenario runs
 * @param runs measured runs per scenario and contender
 * @param warmupSeconds unmeasured runs before them, until this much time has passed
 * @param scenarios scenario ids and extras to run, in {@link #ALL} order
 * @param quick a small smoke-test run, written under {@code results/tmp}
 * @param pageSize records per page, for every contender
 * @param concurrency pages in flight for the limit
 * @param driverProperties extra {@code key=value;...} appended to the driver's URL
 * @param childHeap {@code -Xmx} of the child JVMs that run the scenarios
 * @param profile a scenario whose driver runs are recorded with JFR and summarised, or null
 * @param servers what answers the scenarios' requests: the sandbox, the replay server, or both
 * @param root the repository root (jars and results are found from it)
 */
public record BenchOptions(
    List<Integer> latenciesMs,
    int scale,
    int runs,
    double warmupSeconds,
    List<String> scenarios,
    boolean quick,
    int pageSize,
    int concurrency,
    String driverProperties,
    String childHeap,
    String profile,
    List<Server> servers,
    Path root) {

  /** The extras, run after the scenarios. */
  public static final List<String> EXTRAS =
      List.of(
          "cold-start",
          "repeated-statement",
          "prepared-re-execution",
          "million-rows",
          "heap-by-scale",
          "micro");

  /** Every scenario id, then every extra. */
  public static final List<String> ALL = all();

  static final String USAGE =
      """
      usage: bin/bench [options]
        --latency-ms L[,L...]   sandbox latency per request (default 0,100)
        --scale N               sandbox scale of the scenarios (default 1: 20,000 donations)
        --runs N                measured runs after the warm-up (default 5)
        --warmup-seconds S      warm-up before measuring, at least one run (default 3)
        --scenarios a,b,...     scenarios and extras (default all): %s
        --page-size N           records per page, every contender (default 1000)
        --concurrency N         pages in flight for the limit (default 4)
        --driver-properties P   extra driver URL properties, e.g. 'cacheTtlSeconds=0' (default none)
        --child-heap SIZE       -Xmx of the JVMs running the scenarios (default 1g)
        --profile SCENARIO      record the driver's runs of SCENARIO with JFR and summarise them
        --servers S[,S...]      what answers the scenarios: sandbox (renders each page), replay
                                (pages recorded once, served from memory) (default sandbox,replay)
        --quick                 smoke test: 2 runs, short warm-up, latency 0, small extras,
                                results under bench/results/tmp/
      """
          .formatted(String.join(", ", all()));

  /** Parses the arguments; throws {@link IllegalArgumentException} with the problem. */
  public static BenchOptions parse(Path root, String... args) {
    List<String> queue = new ArrayList<>(Arrays.asList(args));
    boolean quick = queue.remove("--quick");
    List<Integer> latencies = quick ? List.of(0) : List.of(0, 100);
    int scale = 1;
    int runs = quick ? 2 : 5;
    double warmup = quick ? 0.5 : 3;
    List<String> scenarios = ALL;
    int pageSize = 1000;
    int concurrency = 4;
    String driverProperties = "";
    String childHeap = "1g";
    String profile = null;
    List<Server> servers = List.of(Server.SANDBOX, Server.REPLAY);
    while (!queue.isEmpty()) {
      String option = queue.remove(0);
      if (queue.isEmpty()) {
        throw new IllegalArgumentException("unknown option or missing value: " + option);
      }
      String value = queue.remove(0);
      switch (option) {
        case "--latency-ms" ->
            latencies = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        case "--scale" -> scale = Integer.parseInt(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--warmup-seconds" -> warmup = Double.parseDouble(value);
        case "--scenarios" -> scenarios = scenarios(value);
        case "--page-size" -> pageSize = Integer.parseInt(value);
        case "--concurrency" -> concurrency = Integer.parseInt(value);
        case "--driver-properties" -> driverProperties = value;
        case "--child-heap" -> childHeap = value;
        case "--profile" -> profile = Scenario.byId(value).id();
        case "--servers" ->
            servers = Arrays.stream(value.split(",")).map(Server::byId).distinct().toList();
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    check(runs >= 1 && pageSize >= 1 && concurrency >= 1 && scale >= 1, "values must be >= 1");
    return new BenchOptions(
        latencies,
        scale,
        runs,
        warmup,
        scenarios,
        quick,
        pageSize,
        concurrency,
        driverProperties,
        childHeap,
        profile,
        servers,
        root);
  }

  /** The query scenarios chosen, in their list order. */
  public List<Scenario> queryScenarios() {
    return Arrays.stream(Scenario.values()).filter(s -> scenarios.contains(s.id())).toList();
  }

  /** Whether an extra was chosen. */
  public boolean runs(String extra) {
    return scenarios.contains(extra);
  }

  /** Where results go: {@code bench/results}, or its {@code tmp} folder for a quick run. */
  public Path resultsDirectory() {
    Path results = root.resolve("bench").resolve("results");
    return quick ? results.resolve("tmp") : results;
  }

  private static List<String> scenarios(String value) {
    List<String> chosen = Arrays.asList(value.split(","));
    for (String id : chosen) {
      check(ALL.contains(id), "unknown scenario: " + id);
    }
    return ALL.stream().filter(chosen::contains).toList();
  }

  private static List<String> all() {
    List<String> all = new ArrayList<>();
    Arrays.stream(Scenario.values()).map(Scenario::id).forEach(all::add);
    all.addAll(EXTRAS);
    return List.copyOf(all);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
