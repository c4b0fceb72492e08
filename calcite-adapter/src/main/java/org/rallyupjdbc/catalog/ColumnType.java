package org.rallyupjdbc.catalog;

import org.apache.calcite.sql.type.SqlTypeName;

/** The SQL types a catalog column may have, and the SQL type each becomes. */
public enum ColumnType {
  /** 64-bit integer: ids. */
  BIGINT(SqlTypeName.BIGINT),
  /** 32-bit integer: counts and quantities. */
  INTEGER(SqlTypeName.INTEGER),
  /** Exact decimal, precision 19: money. */
  DECIMAL(SqlTypeName.DECIMAL),
  /** true/false flags. */
  BOOLEAN(SqlTypeName.BOOLEAN),
  /** Text. */
  VARCHAR(SqlTypeName.VARCHAR),
  /** Both RallyUp date formats, as UTC wall-clock time with millisecond precision. */
  TIMESTAMP(SqlTypeName.TIMESTAMP),
  /** Any JSON value kept as its JSON text. */
  JSON(SqlTypeName.VARCHAR);

  /** Precision of every DECIMAL column. */
  public static final int DECIMAL_PRECISION = 19;

  /** Precision of every TIMESTAMP column (milliseconds). */
  public static final int TIMESTAMP_PRECISION = 3;

  private final SqlTypeName sqlType;

  ColumnType(SqlTypeName sqlType) {
    this.sqlType = sqlType;
  }

  /** The Calcite type of the column. */
  public SqlTypeName sqlType() {
    return sqlType;
  }
}
