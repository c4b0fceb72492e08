package org.rallyupjdbc.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Paging;
import org.rallyupjdbc.client.ProbeAnswer;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.Shape;

/**
 * Checks one top-level table: which path answers (the catalog's candidates, then the same endpoint
 * under the other version prefixes), then for a paged listing its paging ({@link PagingProbe}) and
 * whether each optional filter filters (one request each, with a value that must exclude records),
 * and for a v3 array how many records it holds and from when to when.
 */
final class TableCheck {
  private static final List<String> PREFIXES = List.of("/v1/api/", "/v2/api/", "/v3/api/");

  private final RallyUpClient client;
  private final TableSpec table;
  private final String name;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> ignoredFilters = new HashSet<>();
  private Optional<Paging> paging = Optional.empty();
  private int requests;

  TableCheck(RallyUpClient client, TableSpec table) {
    this.client = client;
    this.table = table;
    this.name = table.schema() + "." + table.name();
  }

  private ProbeAnswer send(String path, Map<String, String> query) {
    requests++;
    return client.probe(path, query);
  }

  TableResult run() {
    List<String> catalogPaths = table.endpoint().paths();
    Paging assumed = table.endpoint().paging();
    Map<String, String> first = new LinkedHashMap<>(table.fixedQuery());
    if (table.endpoint().shape() == Shape.PAGED) {
      first.put(assumed.indexParam(), "1");
      first.put(assumed.sizeParam(), "2");
    }
    String answering = null;
    ProbeAnswer answer = null;
    for (String candidate : candidates(catalogPaths)) {
      answer = send(candidate, first);
      if (answer.served()) {
        answering = candidate;
        break;
      }
    }
    if (answering == null) {
      findings.add(new Finding(name, "path", catalogPaths.get(0), "no path answered", true));
      return result(Optional.empty());
    }
    boolean moved = !answering.equals(catalogPaths.get(0));
    findings.add(new Finding(name, "path", catalogPaths.get(0), answering, moved));
    if (answer.status() == 204) {
      findings.add(
          new Finding(name, "records", "some", "none (HTTP 204): nothing to check", false));
    } else if (table.endpoint().shape() == Shape.PAGED) {
      checkPaged(answering, answer.json().path("Result"));
    } else if (table.endpoint().shape() == Shape.ARRAY) {
      findings.add(ArrayHistory.of(table, name, answer.json()));
    }
    return result(moved ? Optional.of(answering) : Optional.empty());
  }

  private TableResult result(Optional<String> path) {
    return new TableResult(table, findings, path, paging, ignoredFilters, requests);
  }

  /** The catalog's paths, then each under the other version prefixes. */
  static List<String> candidates(List<String> paths) {
    Set<String> all = new LinkedHashSet<>(paths);
    for (String path : paths) {
      Optional<String> own = PREFIXES.stream().filter(path::startsWith).findFirst();
      own.ifPresent(
          prefix -> PREFIXES.forEach(other -> all.add(other + path.substring(prefix.length()))));
    }
    return List.copyOf(all);
  }

  private void checkPaged(String path, JsonNode first) {
    Paging assumed = table.endpoint().paging();
    long total = first.path("TotalCount").asLong(-1);
    String catalogNames = assumed.indexParam() + "/" + assumed.sizeParam();
    if (total >= 0 && total <= 2) {
      findings.add(
          new Finding(name, "paging", catalogNames, total + " records: too few to tell", false));
      return;
    }
    PagingProbe probe = new PagingProbe(this::send, path, table.fixedQuery());
    Optional<String[]> names = probe.names(assumed, first);
    if (names.isEmpty()) {
      int served = first.path("Items").size();
      findings.add(
          new Finding(
              name,
              "paging",
              catalogNames,
              "ignored: every request is answered with page 1 of "
                  + served
                  + " records (of "
                  + total
                  + "); only those can be read",
              true));
      paging = Optional.of(new Paging(assumed.indexParam(), assumed.sizeParam(), served, served));
      return;
    }
    String index = names.get()[0];
    String size = names.get()[1];
    boolean renamed = !(index + "/" + size).equals(catalogNames);
    findings.add(new Finding(name, "paging", catalogNames, index + "/" + size, renamed));
    int largest = probe.largestPageSize(index, size, assumed.maxPageSize(), total);
    boolean smaller = largest < assumed.maxPageSize();
    findings.add(
        new Finding(
            name,
            "largest page size",
            String.valueOf(assumed.maxPageSize()),
            String.valueOf(largest),
            smaller));
    if (renamed || smaller) {
      paging =
          Optional.of(
              new Paging(index, size, Math.min(assumed.defaultPageSize(), largest), largest));
    }
    Map<String, String> query = new LinkedHashMap<>(table.fixedQuery());
    query.put(index, "1");
    query.put(size, "2");
    for (ParameterSpec parameter : table.parameters()) {
      if (!parameter.required() && parameter.in() == ParameterSpec.Location.QUERY) {
        filter(path, query, parameter, first, total);
      }
    }
  }

  /**
   * Sends the filter with a value that must exclude records: a date beyond every record, or the
   * value of the first record (whose listing must then hold that value only).
   */
  private void filter(
      String path, Map<String, String> paged, ParameterSpec parameter, JsonNode first, long total) {
    String value =
        switch (parameter.kind()) {
          case DATE_FROM -> "9999-12-31";
          case DATE_TO -> "1900-01-01";
          case EQUALS -> field(first.path("Items").path(0), parameter.column()).asText("");
        };
    String aspect = "filter " + parameter.name();
    if (value.isEmpty()) {
      findings.add(new Finding(name, aspect, "filters", "no value to try", false));
      return;
    }
    Map<String, String> query = new LinkedHashMap<>(paged);
    query.put(parameter.name(), value);
    ProbeAnswer answer = send(path, query);
    JsonNode result = answer.json().path("Result");
    long filtered = answer.status() == 204 ? 0 : result.path("TotalCount").asLong(-1);
    boolean applied;
    if (parameter.kind() == ParameterSpec.Kind.EQUALS) {
      applied = filtered >= 0 && filtered < total;
      for (JsonNode item : result.path("Items")) {
        applied &= field(item, parameter.column()).asText("").equals(value);
      }
    } else {
      applied = filtered == 0;
    }
    if (!applied && answer.status() == 200 && filtered == total) {
      ignoredFilters.add(parameter.name());
      findings.add(
          new Finding(name, aspect, "filters", "ignored: the whole listing came back", true));
    } else {
      String found = applied ? "filters" : "unclear (HTTP " + answer.status() + ")";
      findings.add(new Finding(name, aspect, "filters", found, false));
    }
  }

  /** The JSON value of a record's column, by the column's path. */
  private JsonNode field(JsonNode record, String column) {
    int index = table.columnIndex(column);
    JsonNode node = record;
    if (index >= 0 && table.columns().get(index).origin() == ColumnSpec.Origin.RECORD) {
      for (String step : table.columns().get(index).path()) {
        node = node.path(step);
      }
      return node;
    }
    return MissingNode.getInstance();
  }
}
