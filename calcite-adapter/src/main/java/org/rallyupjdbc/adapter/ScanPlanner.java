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
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
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
    if (left instanceof RexInputRef column) {
      String value = constant(right);
      if (value != null) {
        equalities.put(table.columns().get(column.getIndex()).name(), value);
      }
    }
  }

  private static RexNode stripCasts(RexNode node) {
    RexNode current = node;
    while (current.isA(SqlKind.CAST)) {
      current = ((RexCall) current).getOperands().get(0);
    }
    return current;
  }

  /** The constant as the API expects it in a URL, or null when the node is not a constant. */
  private String constant(RexNode node) {
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
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof NlsString text) {
      // a character literal: its text, not NlsString.toString()'s _ISO-8859-1'...' form
      return text.getValue();
    }
    return value.toString();
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
