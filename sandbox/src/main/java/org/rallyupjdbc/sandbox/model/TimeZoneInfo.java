package org.rallyupjdbc.sandbox.model;

/**
 * A campaign's time zone. RallyUp shows fixed standard offsets (a March date is formatted "EST"),
 * so each zone is one fixed offset and abbreviation.
 */
public enum TimeZoneInfo {
  PACIFIC("(GMT-08:00) Pacific Time (US & Canada)", -480, "PST"),
  MOUNTAIN("(GMT-07:00) Mountain Time (US & Canada)", -420, "MST"),
  CENTRAL("(GMT-06:00) Central Time (US & Canada)", -360, "CST"),
  EASTERN("(GMT-05:00) Eastern Time (US & Canada)", -300, "EST");

  private final String label;
  private final int offsetMinutes;
  private final String abbreviation;

  TimeZoneInfo(String label, int offsetMinutes, String abbreviation) {
    this.label = label;
    this.offsetMinutes = offsetMinutes;
    this.abbreviation = abbreviation;
  }

  public String label() {
    return label;
  }

  public int offsetMinutes() {
    return offsetMinutes;
  }

  public String abbreviation() {
    return abbreviation;
  }
}
