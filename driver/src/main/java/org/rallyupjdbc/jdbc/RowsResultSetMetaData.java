package org.rallyupjdbc.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The columns of a {@link RowsResultSet}: names and types as built, text without a size. */
final class RowsResultSetMetaData implements ResultSetMetaData {
  private final List<MetadataRows.Column> columns;

  RowsResultSetMetaData(List<MetadataRows.Column> columns) {
    this.columns = columns;
  }

  private MetadataRows.Column column(int index) throws SQLException {
    if (index < 1 || index > columns.size()) {
      throw new SQLException("no column " + index, "07009");
    }
    return columns.get(index - 1);
  }

  private boolean isText(int index) throws SQLException {
    return column(index).type() == Types.VARCHAR;
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public String getColumnName(int index) throws SQLException {
    return column(index).name();
  }

  @Override
  public String getColumnLabel(int index) throws SQLException {
    return column(index).name();
  }

  @Override
  public int getColumnType(int index) throws SQLException {
    return column(index).type();
  }

  @Override
  public String getColumnTypeName(int index) throws SQLException {
    return column(index).typeName();
  }

  @Override
  public String getColumnClassName(int index) throws SQLException {
    return column(index).className();
  }

  @Override
  public int getPrecision(int index) throws SQLException {
    return switch (column(index).type()) {
      case Types.SMALLINT -> 5;
      case Types.INTEGER -> 10;
      case Types.BIGINT -> 19;
      case Types.BOOLEAN -> 1;
      default -> 0;
    };
  }

  @Override
  public int getScale(int index) throws SQLException {
    column(index);
    return 0;
  }

  @Override
  public int getColumnDisplaySize(int index) throws SQLException {
    return isText(index) ? 128 : getPrecision(index) + 1;
  }

  @Override
  public int isNullable(int index) throws SQLException {
    column(index);
    return ResultSetMetaData.columnNullableUnknown;
  }

  @Override
  public boolean isSigned(int index) throws SQLException {
    return !isText(index) && column(index).type() != Types.BOOLEAN;
  }

  @Override
  public boolean isCaseSensitive(int index) throws SQLException {
    return isText(index);
  }

  @Override
  public boolean isSearchable(int index) throws SQLException {
    column(index);
    return true;
  }

  @Override
  public boolean isReadOnly(int index) throws SQLException {
    column(index);
    return true;
  }

  @Override
  public boolean isAutoIncrement(int index) throws SQLException {
    column(index);
    return false;
  }

  @Override
  public boolean isCurrency(int index) throws SQLException {
    column(index);
    return false;
  }

  @Override
  public boolean isWritable(int index) throws SQLException {
    column(index);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int index) throws SQLException {
    column(index);
    return false;
  }

  @Override
  public String getTableName(int index) throws SQLException {
    column(index);
    return "";
  }

  @Override
  public String getSchemaName(int index) throws SQLException {
    column(index);
    return "";
  }

  @Override
  public String getCatalogName(int index) throws SQLException {
    column(index);
    return "";
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Wrappers.unwrapSelf(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }
}
