package org.rallyupjdbc.catalog;

import static java.util.Objects.requireNonNull;

import org.rallyupjdbc.client.Endpoint;

/**
 * A single-record endpoint that answers one key value, such as {@code /v2/api/campaign/{id}}.
 *
 * @param endpoint the {@code OBJECT}-shaped endpoint; its paths hold {@code {column}}
 * @param column the key column whose value fills the placeholder
 */
public record LookupSpec(Endpoint endpoint, String column) {
  /** Creates a lookup. */
  public LookupSpec {
    requireNonNull(endpoint, "endpoint");
    requireNonNull(column, "column");
  }
}
