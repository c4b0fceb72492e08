package org.rallyupjdbc.jdbc;

import java.sql.SQLWarning;
import java.util.List;
import org.rallyupjdbc.client.ScanWarnings;

/** The warning chains statements and result sets report. */
final class Warnings {
  private Warnings() {}

  /**
   * The scans' warnings followed by {@code calcite}'s (possibly null). New warnings are made for
   * each call and only they are linked, so asking twice never lengthens Calcite's own chain.
   */
  static SQLWarning chain(SQLWarning calcite, ScanWarnings scans) {
    SQLWarning head = calcite;
    List<String> messages = scans.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      SQLWarning warning = new SQLWarning(messages.get(i), "01000");
      warning.setNextWarning(head);
      head = warning;
    }
    return head;
  }
}
