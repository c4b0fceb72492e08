package org.rallyupjdbc.jdbc;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.schema.Table;
import org.rallyupjdbc.adapter.RallyUpTable;

/** Rows of {@code DatabaseMetaData.getTables} with the catalog's description as REMARKS. */
public final class RallyUpMetaTableFactory implements CalciteMetaTableFactory {
  /** The instance Calcite looks up by reflection. */
  public static final RallyUpMetaTableFactory INSTANCE = new RallyUpMetaTableFactory();

  private RallyUpMetaTableFactory() {}

  @Override
  public MetaImpl.MetaTable createTable(
      Table table, String tableCat, String tableSchem, String tableName) {
    String remarks = table instanceof RallyUpTable rallyUp ? rallyUp.spec().description() : null;
    return new DescribedTable(table, tableCat, tableSchem, tableName, remarks);
  }

  @Override
  public Class<? extends MetaImpl.MetaTable> getMetaTableClass() {
    return DescribedTable.class;
  }

  /**
   * A table row with REMARKS. Avatica reads the row's public fields by name, so this {@code
   * remarks} field (hiding the always-null one of the superclass) is the value it reports.
   */
  public static final class DescribedTable extends CalciteMetaImpl.CalciteMetaTable {
    /** The table's description. */
    public final String remarks;

    DescribedTable(
        Table table, String tableCat, String tableSchem, String tableName, String remarks) {
      super(table, tableCat, tableSchem, tableName);
      this.remarks = remarks;
    }
  }
}
