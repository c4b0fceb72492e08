package org.rallyupjdbc.jdbc;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.rallyupjdbc.adapter.RallyUpTable;

/**
 * Rows of {@code DatabaseMetaData.getTables} with the catalog's description as REMARKS, and the
 * tables of the driver's own {@value #SYSTEM_SCHEMA} schema typed {@code SYSTEM TABLE}.
 */
public final class RallyUpMetaTableFactory implements CalciteMetaTableFactory {
  /** The schema of the driver's own tables (requests made, capabilities): system tables. */
  static final String SYSTEM_SCHEMA = "rallyup_meta";

  /** The instance Calcite looks up by reflection. */
  public static final RallyUpMetaTableFactory INSTANCE = new RallyUpMetaTableFactory();

  private RallyUpMetaTableFactory() {}

  @Override
  public MetaImpl.MetaTable createTable(
      Table table, String tableCat, String tableSchem, String tableName) {
    String remarks = table instanceof RallyUpTable rallyUp ? rallyUp.spec().description() : null;
    String type =
        SYSTEM_SCHEMA.equals(tableSchem)
            ? Schema.TableType.SYSTEM_TABLE.jdbcName
            : table.getJdbcTableType().jdbcName;
    return new DescribedTable(table, tableCat, tableSchem, tableName, type, remarks);
  }

  @Override
  public Class<? extends MetaImpl.MetaTable> getMetaTableClass() {
    return DescribedTable.class;
  }

  /**
   * A table row with REMARKS and its own TABLE_TYPE. Avatica reads the row's public fields by name,
   * so these fields (hiding the superclass's) are the values it reports.
   */
  public static final class DescribedTable extends CalciteMetaImpl.CalciteMetaTable {
    /** The table's type: TABLE, VIEW or SYSTEM TABLE. */
    public final String tableType;

    /** The table's description. */
    public final String remarks;

    DescribedTable(
        Table table,
        String tableCat,
        String tableSchem,
        String tableName,
        String tableType,
        String remarks) {
      super(table, tableCat, tableSchem, tableName);
      this.tableType = tableType;
      this.remarks = remarks;
    }
  }
}
