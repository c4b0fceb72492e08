package org.rallyupjdbc.jdbc;

import java.sql.JDBCType;
import java.sql.Types;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.schema.Table;
import org.rallyupjdbc.adapter.RallyUpTable;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Rows of {@code DatabaseMetaData.getColumns} with the catalog's description as REMARKS, the bare
 * type name (Calcite reports {@code BIGINT NOT NULL}, which matches no {@code getTypeInfo} row),
 * and the sizes the JDBC specification defines (Calcite reports -1 for text and the fractional
 * digits as the size of a timestamp).
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
        bareTypeName(typeName, dataType),
        columnSize(dataType, columnSize),
        decimalDigits(dataType, columnSize, decimalDigits),
        numPrecRadix,
        nullable,
        isText(dataType) ? columnSize(dataType, columnSize) : null,
        ordinalPosition,
        isNullable,
        remarks);
  }

  @Override
  public Class<? extends MetaImpl.MetaColumn> getMetaColumnClass() {
    return DescribedColumn.class;
  }

  /**
   * COLUMN_SIZE: digits for numbers, characters for text ({@link Integer#MAX_VALUE} when the
   * catalog sets no limit, as for PostgreSQL's text) and for the text form of date-times.
   */
  static Integer columnSize(int dataType, Integer precision) {
    int fraction = precision != null && precision > 0 ? precision + 1 : 0;
    return switch (dataType) {
      case Types.CHAR, Types.VARCHAR ->
          precision == null || precision < 0 ? Integer.MAX_VALUE : precision;
      case Types.TIMESTAMP -> "yyyy-mm-dd hh:mm:ss".length() + fraction;
      case Types.TIME -> "hh:mm:ss".length() + fraction;
      case Types.DATE -> "yyyy-mm-dd".length();
      case Types.BOOLEAN -> 1;
      case Types.TINYINT -> 3;
      case Types.SMALLINT -> 5;
      case Types.INTEGER -> 10;
      case Types.BIGINT -> 19;
      case Types.REAL -> 7;
      case Types.FLOAT, Types.DOUBLE -> 15;
      default -> precision == null || precision < 0 ? null : precision;
    };
  }

  /** DECIMAL_DIGITS: the scale of numbers, the fractional seconds of times, else null. */
  static Integer decimalDigits(int dataType, Integer precision, Integer scale) {
    return switch (dataType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> 0;
      case Types.DECIMAL, Types.NUMERIC -> scale;
      case Types.TIMESTAMP, Types.TIME -> precision == null || precision < 0 ? 0 : precision;
      default -> null;
    };
  }

  private static boolean isText(int dataType) {
    return dataType == Types.CHAR || dataType == Types.VARCHAR;
  }

  /**
   * {@code DECIMAL(19, 2) NOT NULL} becomes {@code DECIMAL}; a Java-typed column of Calcite's own
   * {@code metadata} tables ({@code JavaType(class java.lang.String)}) gets its JDBC type's name.
   */
  private static String bareTypeName(String typeName, int dataType) {
    if (typeName.startsWith("JavaType")) {
      try {
        return JDBCType.valueOf(dataType).getName();
      } catch (IllegalArgumentException e) {
        return JDBCType.OTHER.getName();
      }
    }
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
