package org.rallyupjdbc.bench;

import java.util.Locale;
import java.util.Optional;
import org.rallyupjdbc.bench.run.ContenderKind;

/**
 * {@code latest.csv}: one line per contender and scenario (and per extra), with the ratios of its
 * median to the driver's and to the limit's on the same scenario.
 */
final class CsvReport {
  static final String HEADER =
      "server,latency_ms,scale,scenario,contender,runs,median_ms,min_ms,max_ms,requests,rows,"
          + "peak_heap_mib,live_heap_mib,client_cpu_ms,server_cpu_share,ratio_to_driver,ratio_to_limit";

  private CsvReport() {}

  static String render(Results results) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Measurement m : results.measurements()) {
      csv.append(
          String.join(
              ",",
              m.server().id(),
              Integer.toString(m.latencyMs()),
              Integer.toString(m.scale()),
              m.scenario(),
              m.contender().name().toLowerCase(Locale.ROOT),
              Integer.toString(m.result().millis().size()),
              number(m.medianMillis()),
              number(m.minMillis()),
              number(m.maxMillis()),
              Long.toString(m.requests()),
              Long.toString(m.result().rows()),
              number(m.peakHeapMiB()),
              number(m.liveHeapMiB()),
              m.result().clientCpuMillis().isEmpty()
                  ? ""
                  : number(Measurement.median(m.result().clientCpuMillis())),
              Double.isNaN(m.result().serverCpuShare())
                  ? ""
                  : String.format(Locale.ROOT, "%.3f", m.result().serverCpuShare()),
              ratio(m, results.partner(m, ContenderKind.DRIVER)),
              ratio(m, results.partner(m, ContenderKind.LIMIT))));
      csv.append('\n');
    }
    return csv.toString();
  }

  private static String ratio(Measurement m, Optional<Measurement> other) {
    return Results.isScenario(m) ? other.map(o -> "%.3f".formatted(m.ratioTo(o))).orElse("") : "";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
