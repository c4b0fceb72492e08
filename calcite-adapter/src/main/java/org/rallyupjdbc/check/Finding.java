package org.rallyupjdbc.check;

import static java.util.Objects.requireNonNull;

/**
 * One thing the self-check found about one table.
 *
 * @param table schema-qualified table name
 * @param aspect what was checked: {@code path}, {@code paging}, {@code largest page size}, {@code
 *     filter <name>}, {@code history}
 * @param assumed what the catalog assumes
 * @param found what the API did
 * @param differs whether the two disagree (the override encodes the finding)
 */
public record Finding(String table, String aspect, String assumed, String found, boolean differs) {
  /** Creates a finding. */
  public Finding {
    requireNonNull(table, "table");
    requireNonNull(aspect, "aspect");
    requireNonNull(assumed, "assumed");
    requireNonNull(found, "found");
  }

  /** One line of the report. */
  public String line() {
    return String.format(
        "%-34s %-22s %s %s%s",
        table,
        aspect,
        differs ? "DIFFERS" : "ok     ",
        found,
        differs ? " (assumed: " + assumed + ")" : "");
  }
}
