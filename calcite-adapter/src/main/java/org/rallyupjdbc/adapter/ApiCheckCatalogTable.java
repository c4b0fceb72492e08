package org.rallyupjdbc.adapter;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.rallyupjdbc.check.ApiCheck;
import org.rallyupjdbc.check.CatalogOverride;

/**
 * {@code rallyup_meta.api_check_catalog}: one row with the self-check's catalog override (for the
 * {@code catalog} property) and its readable report.
 */
final class ApiCheckCatalogTable extends AbstractTable implements ScannableTable {
  private final ApiCheckRun run;

  ApiCheckCatalogTable(ApiCheckRun run) {
    this.run = run;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types
        .builder()
        .add("catalog_json", SqlTypeName.VARCHAR)
        .add("report", SqlTypeName.VARCHAR)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(
        List.<Object[]>of(
            new Object[] {CatalogOverride.of(run.results()), ApiCheck.report(run.results())}));
  }
}
