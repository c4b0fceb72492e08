package org.rallyupjdbc.catalog;

import java.util.List;

/** What {@link RowDecoder} does with the value of one JSON field. */
sealed interface FieldPlan permits FieldPlan.Scalar, FieldPlan.Nested, FieldPlan.Elements {

  /** Converts the value into one or more columns (a currency string feeds its DECIMAL twin too). */
  record Scalar(List<ColumnSpec> columns, int[] slots) implements FieldPlan {}

  /** Descends into an object whose fields are flattened into columns. */
  record Nested(ObjectFields fields) implements FieldPlan {}

  /** Unnests an array of objects into child rows. */
  record Elements(ObjectFields fields) implements FieldPlan {}
}
