package org.rallyupjdbc.jdbc.dialect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * PostgreSQL's names for unnamed select items, where Calcite says {@code EXPR$1}: a function call
 * is named after the function ({@code count}, {@code sum}, {@code date_trunc}), a cast after what
 * it casts. Other expressions keep Calcite's name (PostgreSQL's is {@code ?column?}). A name
 * already in the list gets a number, as Calcite numbers its own ({@code sum}, {@code sum0}).
 */
final class ColumnNames {
  private ColumnNames() {}

  static void name(SqlSelect select) {
    SqlNodeList items = select.getSelectList();
    Set<String> used = new HashSet<>();
    for (SqlNode item : items) {
      String alias = item == null ? null : SqlValidatorUtil.alias(item);
      if (alias != null) {
        used.add(alias.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      String name = item == null || SqlValidatorUtil.alias(item) != null ? null : of(item);
      if (name != null) {
        String unique = name;
        for (int n = 0; used.contains(unique); n++) {
          unique = name + n;
        }
        used.add(unique);
        items.set(i, SqlValidatorUtil.addAlias(item, unique));
      }
    }
  }

  private static String of(SqlNode item) {
    if (item instanceof SqlCall call && call.getKind() == SqlKind.CAST) {
      SqlNode operand = call.operand(0);
      String inner = SqlValidatorUtil.alias(operand);
      return inner != null ? inner.toLowerCase(Locale.ROOT) : of(operand);
    }
    if (item instanceof SqlCall call && call.getOperator() instanceof SqlFunction function) {
      return function.getName().toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
