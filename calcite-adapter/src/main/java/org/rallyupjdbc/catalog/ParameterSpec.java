package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A query or path parameter an endpoint accepts, and the column predicate that supplies its value.
 *
 * @param name the parameter as the API spells it
 * @param in where it goes
 * @param column the column constrained by the predicate
 * @param kind which predicate supplies the value
 * @param required whether the endpoint fails without it
 * @param assumed whether the name or behaviour is a guess (inferred from samples, not documented by
 *     RallyUp)
 * @param description text for the docs, may be empty
 * @param source where the values of a required parameter can be listed, if anywhere
 */
public record ParameterSpec(
    String name,
    Location in,
    String column,
    Kind kind,
    boolean required,
    boolean assumed,
    String description,
    Optional<ParameterSource> source) {

  /** Where the value is sent. */
  public enum Location {
    /** In the query string. */
    QUERY,
    /** In a {@code {name}} placeholder of the path. */
    PATH
  }

  /** Which predicate on the column supplies the value. */
  public enum Kind {
    /** {@code column = value}. */
    EQUALS,
    /** {@code column >= value}, sent as {@code yyyy-MM-dd}. */
    DATE_FROM,
    /** {@code column <= value}, sent as {@code yyyy-MM-dd}, inclusive of that day. */
    DATE_TO
  }

  /** Creates a parameter. */
  public ParameterSpec {
    requireNonNull(name, "name");
    requireNonNull(in, "in");
    requireNonNull(column, "column");
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
    requireNonNull(source, "source");
  }

  /**
   * Whether a join on the column can supply the value, one request per key of the other side: an
   * equality takes one value per request, a date bound does not.
   */
  public boolean suppliedByJoin() {
    return kind == Kind.EQUALS;
  }
}
