package org.rallyupjdbc.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks of this module (one fork each) and keeps their scores for the
 * report. Five warm-up seconds: page decoding was still getting faster after three. The same
 * benchmarks run alone with {@code java -cp 'bench/target/*:bench/target/lib/*'
 * org.openjdk.jmh.Main}.
 */
final class MicroBenchmarks {
  /**
   * One benchmark's score.
   *
   * @param benchmark the benchmark method's class and name
   * @param params its parameters, e.g. {@code records=100}, or empty
   * @param score the mean
   * @param error the 99.9% confidence half-width JMH reports (NaN with too few iterations)
   * @param unit e.g. {@code us/op}
   */
  record MicroResult(String benchmark, String params, double score, double error, String unit) {}

  private MicroBenchmarks() {}

  static List<MicroResult> run(boolean quick) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("org\\.rallyupjdbc\\..*Bench\\..*")
            .forks(1)
            .warmupIterations(quick ? 1 : 5)
            .warmupTime(TimeValue.milliseconds(quick ? 200 : 1000))
            .measurementIterations(quick ? 2 : 5)
            .measurementTime(TimeValue.milliseconds(quick ? 200 : 1000))
            .jvmArgsAppend("-Xmx1g")
            .shouldFailOnError(true)
            .build();
    List<MicroResult> results = new ArrayList<>();
    for (RunResult run : new Runner(options).run()) {
      String name = run.getParams().getBenchmark();
      String simpleName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      List<String> params = new ArrayList<>();
      for (String key : run.getParams().getParamsKeys()) {
        params.add(key + "=" + run.getParams().getParam(key));
      }
      Result<?> primary = run.getPrimaryResult();
      results.add(
          new MicroResult(
              simpleName,
              String.join(" ", params),
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit()));
    }
    return results;
  }
}
