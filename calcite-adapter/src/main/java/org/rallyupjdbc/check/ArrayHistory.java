package org.rallyupjdbc.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ColumnType;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * How far back a v3 array goes: RallyUp does not say whether these endpoints, built for polling,
 * return the whole history or a recent window, so the check reports the span it was given.
 */
final class ArrayHistory {
  private ArrayHistory() {}

  /** How many records a v3 array holds and, by its first timestamp column, from when to when. */
  static Finding of(TableSpec table, String name, JsonNode array) {
    Optional<ColumnSpec> dated =
        table.columns().stream()
            .filter(c -> c.type() == ColumnType.TIMESTAMP)
            .filter(c -> c.origin() == ColumnSpec.Origin.RECORD)
            .findFirst();
    String oldest = null;
    String newest = null;
    for (JsonNode record : array) {
      if (dated.isPresent()) {
        JsonNode value = record;
        for (String step : dated.get().path()) {
          value = value.path(step);
        }
        if (value.isTextual()) {
          String text = value.asText();
          oldest = oldest == null || text.compareTo(oldest) < 0 ? text : oldest;
          newest = newest == null || text.compareTo(newest) > 0 ? text : newest;
        }
      }
    }
    String found =
        array.size()
            + " records"
            + (oldest == null
                ? ""
                : ", " + dated.get().name() + " from " + oldest + " to " + newest);
    return new Finding(name, "history", "full history", found, false);
  }
}
