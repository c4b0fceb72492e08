package org.rallyupjdbc.adapter;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.rallyupjdbc.check.TableResult;

/**
 * {@code rallyup_meta.api_check}: what the self-check found, one row per table and aspect, with
 * what the catalog assumes and whether the API differs (docs/real-api.md).
 */
final class ApiCheckTable extends AbstractTable implements ScannableTable {
  private final ApiCheckRun run;

  ApiCheckTable(ApiCheckRun run) {
    this.run = run;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types
        .builder()
        .add("table_name", SqlTypeName.VARCHAR)
        .add("aspect", SqlTypeName.VARCHAR)
        .add("assumed", SqlTypeName.VARCHAR)
        .add("found", SqlTypeName.VARCHAR)
        .add("differs", SqlTypeName.BOOLEAN)
        .add("requests", SqlTypeName.INTEGER)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(
        run.results().stream()
            .flatMap(
                (TableResult r) ->
                    r.findings().stream()
                        .map(
                            f ->
                                new Object[] {
                                  f.table(),
                                  f.aspect(),
                                  f.assumed(),
                                  f.found(),
                                  f.differs(),
                                  r.requests()
                                }))
            .toList());
  }
}
