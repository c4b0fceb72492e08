package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.DataContext;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.NlsString;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.LookupSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.ApiRequest;

/**
 * Decides the API request for one scan from the query's filters: the single-record endpoint when
 * the key is fixed by {@code key = value}, otherwise the list endpoint with the parameters it
 * requires. This is the one place where predicates become request parameters.
 */
final class ScanPlanner {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  /** The request to make and the parameter values echoed into columns. */
  record Plan(ApiRequest request, Map<String, String> parameterValues) {}

  private final TableSpec table;
  private final int pageSize;
  private final DataContext root;

  ScanPlanner(TableSpec table, int pageSize, DataContext root) {
    this.table = requireNonNull(table, "table");
    this.pageSize = pageSize;
    this.root = root;
  }

  Plan plan(List<RexNode> filters) {
    Map<String, String> equalities = new HashMap<>();
    for (RexNode filter : filters) {
      collectEqualities(filter, equalities);
    }
    Optional<LookupSpec> lookup = table.lookup().filter(l -> equalities.containsKey(l.column()));
    if (lookup.isPresent()) {
      Matcher placeholder = PLACEHOLDER.matcher(lookup.get().endpoint().paths().get(0));
      placeholder.find();
      String value = equalities.get(lookup.get().column());
      ApiRequest request =
          new ApiRequest(lookup.get().endpoint(), Map.of(placeholder.group(1), value), Map.of(), 1);
      return new Plan(request, Map.of());
    }
    Map<String, String> path = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> all = new LinkedHashMap<>();
    for (ParameterSpec parameter : table.requiredParameters()) {
      String value = equalities.get(parameter.column());
      if (value == null) {
        throw missing(parameter);
      }
      (parameter.in() == ParameterSpec.Location.PATH ? path : query).put(parameter.name(), value);
      all.put(parameter.name(), value);
    }
    int size = Math.min(pageSize, table.endpoint().paging().maxPageSize());
    return new Plan(new ApiRequest(table.endpoint(), path, query, size), all);
  }

  private void collectEqualities(RexNode node, Map<String, String> equalities) {
    if (node.isA(SqlKind.AND)) {
      ((RexCall) node).getOperands().forEach(operand -> collectEqualities(operand, equalities));
      return;
    }
    if (!node.isA(SqlKind.EQUALS)) {
      return;
    }
    List<RexNode> operands = ((RexCall) node).getOperands();
    RexNode left = stripCasts(operands.get(0));
    RexNode right = stripCasts(operands.get(1));
    if (right instanceof RexInputRef) {
      RexNode swap = left;
      left = right;
      right = swap;
    }
    if (left instanceof RexInputRef ref) {
      ColumnSpec column = table.columns().get(ref.getIndex());
      String value = constant(right, column);
      if (value != null) {
        equalities.put(column.name(), value);
      }
    }
  }

  /**
   * Looks through casts that cannot change whether two values are equal (exact numbers into wider
   * exact numbers, text into text at least as long), so {@code id = 1226.0} still finds the key.
   * Any other cast is kept, and the predicate is then not used for the request.
   */
  private static RexNode stripCasts(RexNode node) {
    RexNode current = node;
    while (current.isA(SqlKind.CAST)) {
      RexNode inner = ((RexCall) current).getOperands().get(0);
      if (!isLossless(inner.getType(), current.getType())) {
        break;
      }
      current = inner;
    }
    return current;
  }

  private static boolean isLossless(RelDataType from, RelDataType to) {
    if (SqlTypeUtil.isExactNumeric(from) && SqlTypeUtil.isExactNumeric(to)) {
      return to.getScale() >= from.getScale()
          && to.getPrecision() - to.getScale() >= from.getPrecision() - from.getScale();
    }
    if (SqlTypeUtil.isCharacter(from) && SqlTypeUtil.isCharacter(to)) {
      return to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
          || (from.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
              && to.getPrecision() >= from.getPrecision());
    }
    return false;
  }

  /**
   * The constant as the API expects it in a URL for the column, or null when the node is not a
   * constant or no value of the column can equal it.
   */
  private String constant(RexNode node, ColumnSpec column) {
    Object value;
    if (node instanceof RexLiteral literal) {
      value = literal.getValue4();
    } else if (node instanceof RexDynamicParam param && root != null) {
      value = root.get("?" + param.getIndex());
    } else {
      return null;
    }
    if (value == null) {
      return null;
    }
    if (column.type() == ColumnType.BIGINT || column.type() == ColumnType.INTEGER) {
      // `id = 1226.0` compares CAST(id AS DECIMAL) with 1226.0: the API expects 1226. No integer
      // equals 1226.5, so that is left to the filter (no rows) rather than sent as a bad key.
      return integralText(value instanceof NlsString text ? text.getValue() : value.toString());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof NlsString text) {
      // a character literal: its text, not NlsString.toString()'s _ISO-8859-1'...' form
      return text.getValue();
    }
    return value.toString();
  }

  private static String integralText(String text) {
    try {
      return Long.toString(new BigDecimal(text.strip()).longValueExact());
    } catch (NumberFormatException | ArithmeticException notAnInteger) {
      return null;
    }
  }

  private UnsupportedQueryException missing(ParameterSpec parameter) {
    ColumnSpec column = table.columns().get(table.columnIndex(parameter.column()));
    String example =
        column.type() == ColumnType.VARCHAR ? "'" + exampleText(column) + "'" : "12345";
    return new UnsupportedQueryException(
        "Table "
            + table.schema()
            + "."
            + table.name()
            + " needs a condition on column "
            + column.name()
            + ": its endpoint "
            + table.endpoint().paths().get(0)
            + " cannot list rows without the '"
            + parameter.name()
            + "' parameter. For example: SELECT * FROM "
            + table.schema()
            + "."
            + table.name()
            + " WHERE "
            + column.name()
            + " = "
            + example);
  }

  private static String exampleText(ColumnSpec column) {
    return column.name().contains("email") ? "someone@example.org" : "value";
  }
}
