package org.rallyupjdbc.adapter;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Shape;

/**
 * {@code rallyup_meta.capabilities}: what each table's API can do for a query, from the catalog:
 * per column, the conditions sent to the API (and whether the API's answer is exact or re-checked,
 * and whether the table cannot be read without them), how joins supply a parameter and which table
 * lists its values otherwise; per table, LIMIT and COUNT(*).
 */
final class CapabilitiesTable extends AbstractTable implements ScannableTable {
  private final List<Object[]> rows;

  CapabilitiesTable(List<SchemaSpec> schemas) {
    List<Object[]> all = new ArrayList<>();
    for (SchemaSpec schema : schemas) {
      for (TableSpec table : schema.tables()) {
        addRows(table, all);
      }
    }
    this.rows = List.copyOf(all);
  }

  private static void addRows(TableSpec table, List<Object[]> rows) {
    table
        .lookup()
        .ifPresent(
            lookup -> {
              String endpoint = lookup.endpoint().paths().get(0);
              rows.add(
                  row(
                      table,
                      lookup.column(),
                      "=, IN (up to " + ScanPlanner.FAN_OUT_LIMIT + " values)",
                      "one request per value to " + endpoint,
                      true,
                      false,
                      false));
              rows.add(
                  row(
                      table,
                      lookup.column(),
                      "JOIN ON =, IN (SELECT ...), EXISTS",
                      "one request per distinct key of the other side to "
                          + endpoint
                          + ", when that costs less than the listing and no other condition is"
                          + " pushed",
                      true,
                      false,
                      false));
            });
    for (ParameterSpec parameter : table.parameters()) {
      String where = parameter.in() == ParameterSpec.Location.PATH ? "path" : "query";
      String sentAs = where + " parameter " + parameter.name();
      rows.add(
          switch (parameter.kind()) {
            case EQUALS ->
                row(
                    table,
                    parameter.column(),
                    parameter.required() ? "=, IN (one request per value)" : "=",
                    sentAs,
                    !parameter.assumed(),
                    parameter.required(),
                    parameter.assumed());
            case DATE_FROM ->
                row(
                    table,
                    parameter.column(),
                    ">=, >, BETWEEN",
                    sentAs + " (yyyy-MM-dd, " + ScanPlanner.DATE_SLACK_DAYS + " day earlier)",
                    false,
                    parameter.required(),
                    parameter.assumed());
            case DATE_TO ->
                row(
                    table,
                    parameter.column(),
                    "<=, <, BETWEEN",
                    sentAs + " (yyyy-MM-dd, " + ScanPlanner.DATE_SLACK_DAYS + " day later)",
                    false,
                    parameter.required(),
                    parameter.assumed());
          });
    }
    for (ParameterSpec parameter : table.parameters()) {
      if (parameter.suppliedByJoin()) {
        rows.add(lookupRow(table, parameter));
      }
    }
    if (table.endpoint().shape() == Shape.PAGED) {
      rows.add(
          row(
              table,
              null,
              "LIMIT, setMaxRows",
              "smaller pageSize; paging stops",
              true,
              false,
              false));
      if (table.childArray().isEmpty()) {
        rows.add(
            row(table, null, "COUNT(*)", "TotalCount of a one-record page", true, false, false));
      }
    }
  }

  /** How a join supplies the parameter, and where its values come from without one. */
  private static Object[] lookupRow(TableSpec table, ParameterSpec parameter) {
    String fanOut =
        parameter
            .source()
            .map(
                source ->
                    "; with no condition and no join, one request per value of "
                        + table.schema()
                        + "."
                        + source
                        + " (fan-out)")
            .orElse("");
    return row(
        table,
        parameter.column(),
        "JOIN ON =, IN (SELECT ...), EXISTS",
        "parameter "
            + parameter.name()
            + ", one request per distinct key of the other side"
            + (parameter.assumed()
                ? " (the first key probes it: if the API ignores it, that one listing serves all)"
                : "")
            + fanOut,
        !parameter.assumed(),
        parameter.required(),
        parameter.assumed());
  }

  private static Object[] row(
      TableSpec table,
      String column,
      String operators,
      String sentAs,
      boolean exact,
      boolean required,
      boolean assumed) {
    return new Object[] {
      table.schema(), table.name(), column, operators, sentAs, exact, required, assumed
    };
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    return types
        .builder()
        .add("table_schema", SqlTypeName.VARCHAR)
        .add("table_name", SqlTypeName.VARCHAR)
        .add("column_name", SqlTypeName.VARCHAR)
        .nullable(true)
        .add("operators", SqlTypeName.VARCHAR)
        .add("sent_as", SqlTypeName.VARCHAR)
        .add("exact", SqlTypeName.BOOLEAN)
        .add("required", SqlTypeName.BOOLEAN)
        .add("assumed", SqlTypeName.BOOLEAN)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(rows);
  }
}
