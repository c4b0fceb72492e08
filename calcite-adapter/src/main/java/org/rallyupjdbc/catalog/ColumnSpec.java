package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One SQL column and where its value comes from: a JSON field (possibly nested) of the record or of
 * a child-array element, or a request parameter.
 *
 * @param name SQL name
 * @param type SQL type
 * @param scale digits after the point for DECIMAL, else 0
 * @param nullable whether NULL is allowed
 * @param description one line for REMARKS and docs
 * @param origin what {@code path} is relative to
 * @param path JSON field names from the origin down to the value (the parameter name for {@link
 *     Origin#PARAMETER})
 * @param currency whether the value is the parsed DECIMAL of a currency-formatted string
 */
public record ColumnSpec(
    String name,
    ColumnType type,
    int scale,
    boolean nullable,
    String description,
    Origin origin,
    List<String> path,
    boolean currency) {

  /** What a column's path starts from. */
  public enum Origin {
    /** The record returned by the endpoint. */
    RECORD,
    /** An element of the array that a child table unnests. */
    ELEMENT,
    /** A request parameter, for records that do not repeat it. */
    PARAMETER
  }

  /** Creates a column. */
  public ColumnSpec {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    requireNonNull(origin, "origin");
    path = List.copyOf(path);
  }
}
