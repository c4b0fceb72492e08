package org.rallyupjdbc.adapter;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.rallyupjdbc.catalog.ParameterSource;
import org.rallyupjdbc.catalog.ParameterSpec;

/**
 * How EXPLAIN shows a table whose parameter a join or a fan-out supplies: the requests of one key,
 * with the key as a placeholder, and the requests a fan-out is expected to make.
 */
final class ParameterExplain {
  private ParameterExplain() {}

  /** The requests for one key of a lookup join, the key written {@code {key}}. */
  static String describeLookup(RallyUpTable table, ScanSpec scan, LookupKey key) {
    try {
      List<ScanPlanner.Call> calls = key.calls(table.planner(), scan.conjuncts(), null, "{key}");
      return calls.isEmpty() ? "none" : calls.get(0).request().describe();
    } catch (UnsupportedQueryException e) {
      return "none: " + e.getMessage();
    }
  }

  /**
   * A fan-out as EXPLAIN shows it: the listing that supplies the values (itself possibly a
   * fan-out), then the requests of one value with the value written as the source column.
   */
  static String describeFanOut(RallyUpTable table, ScanSpec scan, ParameterSpec parameter) {
    ParameterSource source = parameter.source().orElseThrow();
    RallyUpTable parent = table.source(source);
    String placeholder = "{" + source + "}";
    List<ScanPlanner.Call> calls =
        table
            .planner()
            .plan(
                scan.conjuncts(),
                null,
                table.literalRows(scan),
                Map.of(parameter.name(), placeholder));
    String each = calls.isEmpty() ? "none" : calls.get(0).request().describe();
    return "fan-out over "
        + table.spec().schema()
        + "."
        + source
        + " (distinct non-null values of "
        + parent.describe(ScanSpec.all(parent.spec().columns().size()))
        + "), then per value "
        + each;
  }

  /**
   * At least the parent's requests plus one request per parent row, from the parent's TotalCount
   * when it has one (a fan-out's children may each need more than one page, and a nested parent's
   * row count is not known before it is read).
   */
  static String predictFanOut(RallyUpTable table, ScanSpec scan, ParameterSpec parameter) {
    ParameterSource source = parameter.source().orElseThrow();
    RallyUpTable parent = table.source(source);
    ScanSpec whole = ScanSpec.all(parent.spec().columns().size());
    String parentRequests = parent.predict(whole);
    OptionalLong values = table.session().rowCount(parent.spec());
    if (values.isEmpty() || !parentRequests.matches("\\d+.*")) {
      return "unknown: one or more per value of "
          + table.spec().schema()
          + "."
          + source
          + ", after reading it ("
          + parentRequests
          + ")";
    }
    long first = Long.parseLong(parentRequests.replaceAll("^(\\d+).*", "$1"));
    String counted = scan.count() ? "one count" : "one or more pages";
    return "at least "
        + (first + values.getAsLong())
        + " ("
        + first
        + " for "
        + table.spec().schema()
        + "."
        + source.table()
        + ", then "
        + counted
        + " for each of its "
        + values.getAsLong()
        + " values)";
  }
}
