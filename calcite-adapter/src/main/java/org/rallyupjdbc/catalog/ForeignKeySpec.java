package org.rallyupjdbc.catalog;

import java.util.List;

/**
 * A reference from columns of one table to the key of another table of the same schema.
 *
 * @param columns referencing columns, in key order
 * @param table referenced table
 * @param referencedColumns referenced columns, in key order
 */
public record ForeignKeySpec(List<String> columns, String table, List<String> referencedColumns) {
  /** Creates a foreign key. */
  public ForeignKeySpec {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
