package org.rallyupjdbc.adapter;

import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;
import org.rallyupjdbc.catalog.LookupSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.client.ApiRequest;

/**
 * What a lookup join fills with the other input's keys: a parameter of the table's listing ({@code
 * organizationID} of {@code partner.campaigns}, {@code campaignId} of {@code donations}), or the
 * key of its single-record endpoint ({@code campaigns.id}).
 */
sealed interface LookupKey {
  /** The table column the join equates with the other input's key. */
  String column();

  /**
   * The requests of one key.
   *
   * @param conjuncts the conjuncts pushed into the looked-up scan
   */
  List<ScanPlanner.Call> calls(
      ScanPlanner planner, List<RexNode> conjuncts, DataContext root, String key);

  /** Whether the table cannot be read without the key, so that the lookup beats any scan. */
  boolean required();

  /** Whether the API may ignore the key (the catalog's {@code assumed}). */
  boolean assumed();

  /** The share of the table's rows one key is expected to return. */
  double rowsPerKey(double tableRows);

  /** How EXPLAIN and messages name the key. */
  String describe();

  /** A parameter of the listing: one listing per key. */
  record Parameter(ParameterSpec spec) implements LookupKey {
    @Override
    public String column() {
      return spec.column();
    }

    @Override
    public List<ScanPlanner.Call> calls(
        ScanPlanner planner, List<RexNode> conjuncts, DataContext root, String key) {
      return planner.plan(conjuncts, root, -1, Map.of(spec.name(), key));
    }

    @Override
    public boolean required() {
      return spec.required();
    }

    @Override
    public boolean assumed() {
      return spec.assumed();
    }

    @Override
    public double rowsPerKey(double tableRows) {
      return tableRows * RallyUpTableScan.EXACT_SELECTIVITY;
    }

    @Override
    public String describe() {
      return "parameter " + spec.name();
    }
  }

  /** The key of the single-record endpoint: one request per key, one record at most. */
  record Record(LookupSpec spec) implements LookupKey {
    @Override
    public String column() {
      return spec.column();
    }

    @Override
    public List<ScanPlanner.Call> calls(
        ScanPlanner planner, List<RexNode> conjuncts, DataContext root, String key) {
      return ApiRequest.isPathSegment(key) ? List.of(planner.lookupCall(spec, key)) : List.of();
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public boolean assumed() {
      return false;
    }

    @Override
    public double rowsPerKey(double tableRows) {
      return 1;
    }

    @Override
    public String describe() {
      return "single-record endpoint";
    }
  }
}
