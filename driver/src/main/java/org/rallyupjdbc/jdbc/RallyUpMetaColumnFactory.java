package org.rallyupjdbc.jdbc;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.schema.Table;
import org.rallyupjdbc.adapter.RallyUpTable;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Rows of {@code DatabaseMetaData.getColumns} with the catalog's description as REMARKS and the
 * bare type name (Calcite reports {@code BIGINT NOT NULL}, which matches no {@code getTypeInfo}
 * row).
 */
public final class RallyUpMetaColumnFactory implements CalciteMetaColumnFactory {
  /** The instance Calcite looks up by reflection. */
  public static final RallyUpMetaColumnFactory INSTANCE = new RallyUpMetaColumnFactory();

  private RallyUpMetaColumnFactory() {}

  @Override
  public MetaImpl.MetaColumn createColumn(
      Table table,
      String tableCat,
      String tableSchem,
      String tableName,
      String columnName,
      int dataType,
      String typeName,
      Integer columnSize,
      Integer decimalDigits,
      int numPrecRadix,
      int nullable,
      Integer charOctetLength,
      int ordinalPosition,
      String isNullable) {
    String remarks = null;
    if (table instanceof RallyUpTable rallyUp) {
      TableSpec spec = rallyUp.spec();
      int index = spec.columnIndex(columnName);
      remarks = index < 0 ? null : spec.columns().get(index).description();
    }
    return new DescribedColumn(
        tableCat,
        tableSchem,
        tableName,
        columnName,
        dataType,
        bareTypeName(typeName),
        columnSize,
        decimalDigits,
        numPrecRadix,
        nullable,
        charOctetLength,
        ordinalPosition,
        isNullable,
        remarks);
  }

  @Override
  public Class<? extends MetaImpl.MetaColumn> getMetaColumnClass() {
    return DescribedColumn.class;
  }

  /** {@code DECIMAL(19, 2) NOT NULL} becomes {@code DECIMAL}. */
  private static String bareTypeName(String typeName) {
    int end = typeName.length();
    for (int i = 0; i < typeName.length(); i++) {
      char c = typeName.charAt(i);
      if (c == '(' || c == ' ') {
        end = i;
        break;
      }
    }
    return typeName.substring(0, end);
  }

  /**
   * A column row with REMARKS (hiding the superclass's always-null field, as Avatica reads by
   * name).
   */
  public static final class DescribedColumn extends MetaImpl.MetaColumn {
    /** The column's description. */
    public final String remarks;

    DescribedColumn(
        String tableCat,
        String tableSchem,
        String tableName,
        String columnName,
        int dataType,
        String typeName,
        Integer columnSize,
        Integer decimalDigits,
        int numPrecRadix,
        int nullable,
        Integer charOctetLength,
        int ordinalPosition,
        String isNullable,
        String remarks) {
      super(
          tableCat,
          tableSchem,
          tableName,
          columnName,
          dataType,
          typeName,
          columnSize,
          decimalDigits,
          numPrecRadix,
          nullable,
          charOctetLength,
          ordinalPosition,
          isNullable);
      this.remarks = remarks;
    }
  }
}
