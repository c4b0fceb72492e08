package org.rallyupjdbc.sandbox.json;

import java.time.LocalDate;
import org.rallyupjdbc.sandbox.model.TimeZoneInfo;

/** The API's text formats for dates and money, hand-written because they are on the hot path. */
public final class Formats {
  private static final long DAY_MILLIS = 86_400_000L;

  private Formats() {}

  /** {@code yyyy/MM/dd HH:mm:ss}, zone-less UTC (v1, v2 and Partner API). */
  public static String slashed(long millis) {
    StringBuilder out = new StringBuilder(19);
    date(out, millis, '/');
    out.append(' ');
    time(out, millis);
    return out.toString();
  }

  /** ISO-8601 UTC with milliseconds, e.g. {@code 2020-12-17T11:32:31.763Z} (v3). */
  public static String iso(long millis) {
    StringBuilder out = new StringBuilder(24);
    date(out, millis, '-');
    out.append('T');
    time(out, millis);
    out.append('.');
    pad(out, (int) Math.floorMod(millis, 1000L), 3);
    return out.append('Z').toString();
  }

  /** The v3 display form in the campaign's zone, e.g. {@code 12/17/2020 3:32AM PST}. */
  public static String display(long millis, TimeZoneInfo zone) {
    long local = millis + zone.offsetMinutes() * 60_000L;
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, DAY_MILLIS));
    long inDay = Math.floorMod(local, DAY_MILLIS);
    int hour = (int) (inDay / 3_600_000L);
    int minute = (int) (inDay / 60_000L % 60);
    int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    StringBuilder out = new StringBuilder(24);
    out.append(day.getMonthValue()).append('/').append(day.getDayOfMonth()).append('/');
    out.append(day.getYear()).append(' ').append(hour12).append(':');
    pad(out, minute, 2);
    out.append(hour < 12 ? "AM " : "PM ");
    return out.append(zone.abbreviation()).toString();
  }

  /** US currency text, e.g. {@code $1,234.50}; negative amounts as {@code -$5.00}. */
  public static String currency(long cents) {
    StringBuilder out = new StringBuilder(16);
    if (cents < 0) {
      out.append('-');
    }
    long abs = Math.abs(cents);
    String dollars = Long.toString(abs / 100);
    out.append('$');
    for (int i = 0; i < dollars.length(); i++) {
      if (i > 0 && (dollars.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(dollars.charAt(i));
    }
    out.append('.');
    pad(out, (int) (abs % 100), 2);
    return out.toString();
  }

  /**
   * A hundredths amount as a JSON number literal: whole amounts without a fraction ({@code 35}),
   * others with two decimals ({@code 93.77}, {@code 12.50}).
   */
  public static String decimal(long hundredths) {
    long abs = Math.abs(hundredths);
    String whole = (hundredths < 0 ? "-" : "") + abs / 100;
    if (abs % 100 == 0) {
      return whole;
    }
    StringBuilder out = new StringBuilder(whole).append('.');
    pad(out, (int) (abs % 100), 2);
    return out.toString();
  }

  private static void date(StringBuilder out, long millis, char separator) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(millis, DAY_MILLIS));
    out.append(day.getYear()).append(separator);
    pad(out, day.getMonthValue(), 2);
    out.append(separator);
    pad(out, day.getDayOfMonth(), 2);
  }

  private static void time(StringBuilder out, long millis) {
    long seconds = Math.floorMod(millis, DAY_MILLIS) / 1000;
    pad(out, (int) (seconds / 3600), 2);
    out.append(':');
    pad(out, (int) (seconds / 60 % 60), 2);
    out.append(':');
    pad(out, (int) (seconds % 60), 2);
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
