package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Deadline;
import org.rallyupjdbc.client.RallyUpClient;

/**
 * A catalog table as a Calcite table. Calcite hands each scan the query's filters and the columns
 * it needs; {@link ScanPlanner} turns those into the API request, and only the needed columns are
 * decoded. Filters are never consumed here, so Calcite re-checks every row.
 *
 * <p>The table reports no statistics. Declaring the primary key as a unique key is wrong here:
 * Calcite checks a key against the scan's output columns, and once projections are pushed into the
 * scan column 0 is no longer the key, so {@code COUNT(DISTINCT x)} grouped by an expression of
 * {@code x} lost its de-duplication (found by RandomQueryTest). Keys are reported to JDBC clients
 * through the catalog instead.
 */
public final class RallyUpTable extends AbstractTable implements ProjectableFilterableTable {
  private final TableSpec spec;
  private final RallyUpClient client;
  private final int pageSize;

  RallyUpTable(TableSpec spec, RallyUpClient client, int pageSize) {
    this.spec = requireNonNull(spec, "spec");
    this.client = requireNonNull(client, "client");
    this.pageSize = pageSize;
  }

  /** The catalog entry behind this table. */
  public TableSpec spec() {
    return spec;
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
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    int[] projection =
        projects != null ? projects : IntStream.range(0, spec.columns().size()).toArray();
    ScanPlanner.Plan plan = new ScanPlanner(spec, pageSize, root).plan(filters);
    AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    Long timeoutMillis = DataContext.Variable.TIMEOUT.get(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        Deadline deadline =
            Deadline.after(
                Duration.ofMillis(timeoutMillis == null ? 0 : timeoutMillis),
                () -> cancel != null && cancel.get());
        RowDecoder decoder = RowDecoder.of(spec, projection, plan.parameterValues());
        return new RallyUpEnumerator(
            client.open(plan.request(), decoder, deadline), cancel, deadline);
      }
    };
  }
}
