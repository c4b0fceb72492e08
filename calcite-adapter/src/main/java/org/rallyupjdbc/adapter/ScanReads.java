package org.rallyupjdbc.adapter;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ParameterSource;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.client.ApiRequest;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.FanOutStart;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.RecordCursor;
import org.rallyupjdbc.client.RecordDecoder;

/**
 * Opens the rows of a scan: the planned requests, or, when a required parameter is left open and
 * the catalog names a source for it, a fan-out: the source table's listing (itself possibly a
 * fan-out) supplies the distinct values, and each value gets its own requests.
 */
final class ScanReads {
  private ScanReads() {}

  /** The rows of the planned requests, decoded to the projected columns. */
  static RecordCursor<List<Object[]>> open(
      RallyUpTable table, List<ScanPlanner.Call> calls, int[] projection, CallScope scope) {
    RallyUpClient client = table.session().client();
    List<ApiRequest> requests = calls.stream().map(ScanPlanner.Call::request).toList();
    List<RecordDecoder<List<Object[]>>> decoders =
        calls.stream()
            .map(
                call ->
                    (RecordDecoder<List<Object[]>>)
                        RowDecoder.of(table.spec(), projection, call.echoed()))
            .toList();
    return requests.size() == 1
        ? client.open(requests.get(0), decoders.get(0), scope)
        : client.openAll(requests, decoders, scope);
  }

  /**
   * The rows of a scan whose {@code parameter} no conjunct supplies: one set of requests per
   * distinct value the parameter's source lists, {@code maxConcurrentRequests} listings at a time.
   *
   * @param records records wanted per value at most, -1 for all
   * @param start how many listings to start with: one when the consumer may stop early
   */
  static RecordCursor<List<Object[]>> fanOut(
      RallyUpTable table,
      ParameterSpec parameter,
      List<RexNode> conjuncts,
      int[] projection,
      DataContext root,
      long records,
      CallScope scope,
      FanOutStart start) {
    reserveKnownValues(table, parameter, scope);
    return table
        .session()
        .client()
        .openPerKey(
            keys(table, parameter, root, scope, start),
            key ->
                open(
                    table,
                    calls(table, parameter, conjuncts, root, records, key),
                    projection,
                    scope),
            scope,
            start);
  }

  /**
   * When this connection has already seen the source table's TotalCount (an EXPLAIN or a COUNT(*)
   * of it), every value costs at least one request: a fan-out that cannot fit the request budget
   * stops before its first request.
   */
  private static void reserveKnownValues(
      RallyUpTable table, ParameterSpec parameter, CallScope scope) {
    RallyUpTable parent = table.source(parameter.source().orElseThrow());
    OptionalLong values = table.session().rowCount(parent.spec());
    if (values.isPresent()) {
      scope
          .budget()
          .reserve(
              (int) Math.min(Integer.MAX_VALUE, 1 + values.getAsLong()),
              "a listing of "
                  + parent.spec().schema()
                  + "."
                  + parent.spec().name()
                  + ", then one request for each of its "
                  + values.getAsLong()
                  + " rows");
    }
  }

  /** The requests of one value of a fan-out. */
  static List<ScanPlanner.Call> calls(
      RallyUpTable table,
      ParameterSpec parameter,
      List<RexNode> conjuncts,
      DataContext root,
      long records,
      String key) {
    return table.planner().plan(conjuncts, root, records, Map.of(parameter.name(), key));
  }

  /**
   * The values of the parameter's source column, as the API expects them in a request; values that
   * no request can carry (NULL, a non-integral number for an integer key) are skipped. A parent
   * that fans out itself starts as {@code start} says: a limited child needs few parents.
   */
  static RecordCursor<String> keys(
      RallyUpTable table,
      ParameterSpec parameter,
      DataContext root,
      CallScope scope,
      FanOutStart start) {
    ParameterSource source = parameter.source().orElseThrow();
    RallyUpTable parent = table.source(source);
    int column = parent.spec().columnIndex(source.column());
    int[] projection = {column};
    List<RexNode> none = List.of();
    RecordCursor<List<Object[]>> rows =
        parent.planner().fanOut(none).isPresent()
            ? fanOut(
                parent,
                parent.planner().fanOut(none).get(),
                none,
                projection,
                root,
                -1,
                scope,
                start)
            : open(parent, parent.planner().plan(none, root, -1), projection, scope);
    return new KeyCursor(rows, parent.spec().columns().get(column));
  }

  /**
   * The keys of the parent's rows as request text, in order; duplicates are left to the fan-out.
   */
  private static final class KeyCursor implements RecordCursor<String> {
    private final RecordCursor<List<Object[]>> rows;
    private final ColumnSpec column;
    private Iterator<Object[]> batch = List.<Object[]>of().iterator();
    private String next;

    KeyCursor(RecordCursor<List<Object[]>> rows, ColumnSpec column) {
      this.rows = rows;
      this.column = column;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        while (!batch.hasNext()) {
          if (!rows.hasNext()) {
            return false;
          }
          batch = rows.next().iterator();
        }
        String key = ScanPlanner.text(batch.next()[0], column);
        if (key != null) {
          next = key;
        }
      }
      return true;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String key = next;
      next = null;
      return key;
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
