package org.rallyupjdbc.sandbox.data;

import java.time.Instant;

/** The fixed calendar of the generated data: nothing depends on the real clock. */
public final class Timeline {
  /** The earliest date in the data. */
  public static final long START = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();

  /** The latest date in the data. */
  public static final long END = Instant.parse("2025-12-31T23:59:59Z").toEpochMilli();

  /** "Today" for the data: statuses and remaining time are computed as of this instant. */
  public static final long AS_OF = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli();

  static final long SECOND = 1000L;
  static final long MINUTE = 60 * SECOND;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;

  private Timeline() {}
}
