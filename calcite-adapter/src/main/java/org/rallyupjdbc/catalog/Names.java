package org.rallyupjdbc.catalog;

import java.util.Locale;

/** The mechanical JSON-field-to-SQL-name rule, so users can predict every column name. */
public final class Names {
  private Names() {}

  /**
   * Lower snake case: a word starts at an upper-case letter that follows a lower-case letter or a
   * digit, and at the last upper-case letter of a run followed by a lower-case one ({@code
   * TransactionId} -> {@code transaction_id}, {@code CampaignID} -> {@code campaign_id}, {@code
   * ImageURL} -> {@code image_url}, {@code AThonPledges} -> {@code a_thon_pledges}).
   */
  public static String snakeCase(String field) {
    StringBuilder name = new StringBuilder(field.length() + 4);
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = field.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym =
            Character.isUpperCase(before)
                && i + 1 < field.length()
                && Character.isLowerCase(field.charAt(i + 1));
        if (afterLower || endsAcronym) {
          name.append('_');
        }
      }
      name.append(c);
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }
}
