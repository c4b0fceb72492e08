package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.ParameterSource;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.ApiRequest;
import org.rallyupjdbc.client.CallScope;
import org.rallyupjdbc.client.RallyUpApiException;
import org.rallyupjdbc.client.Shape;

/**
 * A catalog table as a Calcite table. Queries scan it through {@link RallyUpTableScan}, whose rules
 * decide the requests; {@link ScanPlanner} turns conjuncts into request parameters.
 *
 * <p>The statistics hold a row count (the API's {@code TotalCount} once a count has been seen in
 * this connection, else a guess by endpoint shape) so that Calcite orders joins sensibly, and no
 * keys. Declaring the primary key is wrong here: Calcite checks a key against the scan's output
 * columns, and once projections are pushed into the scan column 0 is no longer the key, so {@code
 * COUNT(DISTINCT x)} grouped by an expression of {@code x} lost its de-duplication (found by
 * RandomQueryTest). Keys are reported to JDBC clients through the catalog instead.
 */
public final class RallyUpTable extends AbstractTable implements TranslatableTable {
  /** Rows assumed for a paged endpoint before its count is known. */
  static final double GUESSED_PAGED_ROWS = 1_000;

  private final TableSpec spec;
  private final RallyUpSession session;
  private final ScanPlanner planner;

  private final Function<String, Optional<RallyUpTable>> siblings;
  private final Function<String, List<String>> similarColumns;

  RallyUpTable(TableSpec spec, RallyUpSession session) {
    this(spec, session, name -> Optional.empty(), column -> List.of());
  }

  /**
   * @param siblings the tables of the same schema by name, where parameter sources are found
   * @param similarColumns columns of the schema's other tables that hold values like the given
   *     column of this one, which a message may suggest joining on
   */
  RallyUpTable(
      TableSpec spec,
      RallyUpSession session,
      Function<String, Optional<RallyUpTable>> siblings,
      Function<String, List<String>> similarColumns) {
    this.spec = requireNonNull(spec, "spec");
    this.session = requireNonNull(session, "session");
    this.planner = new ScanPlanner(spec, session.pageSize(), session.pushdown(), similarColumns);
    this.siblings = requireNonNull(siblings, "siblings");
    this.similarColumns = requireNonNull(similarColumns, "similarColumns");
  }

  /**
   * The rows of {@code child}, a child table of this one, with every column of this one: the table
   * a join of the two reads with one listing ({@link TableSpec#withChildRows}).
   */
  RallyUpTable withChildRows(RallyUpTable child) {
    return new RallyUpTable(spec.withChildRows(child.spec), session, siblings, similarColumns);
  }

  /** The table of the same schema that lists a parameter's values. */
  RallyUpTable source(ParameterSource source) {
    return siblings
        .apply(source.table())
        .orElseThrow(() -> new IllegalStateException("no table " + source.table()));
  }

  /** The catalog entry behind this table. */
  public TableSpec spec() {
    return spec;
  }

  RallyUpSession session() {
    return session;
  }

  ScanPlanner planner() {
    return planner;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder row = typeFactory.builder();
    for (ColumnSpec column : spec.columns()) {
      row.add(column.name(), sqlType(typeFactory, column));
    }
    return row.build();
  }

  private static RelDataType sqlType(RelDataTypeFactory typeFactory, ColumnSpec column) {
    ColumnType type = column.type();
    RelDataType sqlType =
        switch (type) {
          case DECIMAL ->
              typeFactory.createSqlType(
                  type.sqlType(), ColumnType.DECIMAL_PRECISION, column.scale());
          case TIMESTAMP ->
              typeFactory.createSqlType(type.sqlType(), ColumnType.TIMESTAMP_PRECISION);
          case BIGINT, INTEGER, BOOLEAN, VARCHAR, JSON -> typeFactory.createSqlType(type.sqlType());
        };
    return typeFactory.createTypeWithNullability(sqlType, column.nullable());
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return RallyUpTableScan.of(context.getCluster(), relOptTable, this);
  }

  @Override
  public Statistic getStatistic() {
    return Statistics.of(estimatedRows(), null);
  }

  /** The row count the planner works with. */
  double estimatedRows() {
    OptionalLong known = session.rowCount(spec);
    if (known.isPresent()) {
      return Math.max(1, known.getAsLong());
    }
    return switch (spec.endpoint().shape()) {
      case OBJECT -> 1;
      case ARRAY, PAGED -> GUESSED_PAGED_ROWS;
    };
  }

  /** The requests a scan makes, as EXPLAIN shows them; never fails. */
  String describe(ScanSpec scan) {
    try {
      Optional<ParameterSpec> fanOut = planner.fanOut(scan.conjuncts());
      if (fanOut.isPresent()) {
        return ParameterExplain.describeFanOut(this, scan, fanOut.get());
      }
      List<ScanPlanner.Call> calls = planner.plan(scan.conjuncts(), null, literalRows(scan));
      String first = calls.isEmpty() ? "none" : calls.get(0).request().describe();
      return calls.size() <= 1 ? first : calls.size() + " requests, first " + first;
    } catch (UnsupportedQueryException e) {
      return "none: " + e.getMessage();
    }
  }

  /**
   * The number of requests a scan is expected to make, for EXPLAIN: from {@code TotalCount} of a
   * one-record probe per paged request (one request each, reused by a later {@code COUNT(*)}
   * through the cache), never by fetching pages.
   */
  String predict(ScanSpec scan) {
    if (scan.pushed().stream().anyMatch(p -> hasParameter(p.conjunct()))
        || scan.fetch() instanceof RexDynamicParam
        || scan.offset() instanceof RexDynamicParam) {
      return "depends on the ? parameters";
    }
    long rows = literalRows(scan);
    Optional<ParameterSpec> fanOut = planner.fanOut(scan.conjuncts());
    if (fanOut.isPresent()) {
      return ParameterExplain.predictFanOut(this, scan, fanOut.get());
    }
    try {
      long requests = 0;
      String basis = "";
      for (ScanPlanner.Call call : planner.plan(scan.conjuncts(), null, rows)) {
        ApiRequest request = call.request();
        if (request.endpoint().shape() != Shape.PAGED) {
          requests++;
          continue;
        }
        OptionalLong total = session.client().count(request, CallScope.NONE);
        if (total.isEmpty()) {
          return "unknown: the API gives no TotalCount";
        }
        session.rememberRowCount(spec, request, total.getAsLong());
        long needed = rows >= 0 ? Math.min(rows, total.getAsLong()) : total.getAsLong();
        requests +=
            scan.count() ? 1 : Math.max(1, (needed + request.pageSize() - 1) / request.pageSize());
        basis =
            basis.isEmpty() ? "TotalCount " + total.getAsLong() : basis + ", " + total.getAsLong();
      }
      return basis.isEmpty() ? Long.toString(requests) : requests + " (" + basis + ")";
    } catch (UnsupportedQueryException | RallyUpApiException e) {
      return "unknown: " + e.getMessage();
    }
  }

  private static boolean hasParameter(RexNode node) {
    return node instanceof RexDynamicParam
        || (node instanceof RexCall call
            && call.getOperands().stream().anyMatch(RallyUpTable::hasParameter));
  }

  /**
   * Records a scan needs for {@code rows} rows: unknown for a child table, whose records hold any
   * number of rows.
   */
  long recordsFor(long rows) {
    return spec.childArray().isPresent() ? -1 : rows;
  }

  long literalRows(ScanSpec scan) {
    return recordsFor(scan.rows(null));
  }
}
