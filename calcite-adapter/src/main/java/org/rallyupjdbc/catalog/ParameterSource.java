package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

/**
 * Where the values of a required parameter can be listed: a column of another table of the same
 * schema whose full scan returns every value the endpoint accepts (every organization id the
 * partner can see, for instance). A scan that leaves the parameter open reads this listing and
 * makes one request per distinct value.
 *
 * @param table the table listing the values, in the same schema
 * @param column its column holding them
 */
public record ParameterSource(String table, String column) {
  /** Creates a source. */
  public ParameterSource {
    requireNonNull(table, "table");
    requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return table + "." + column;
  }
}
