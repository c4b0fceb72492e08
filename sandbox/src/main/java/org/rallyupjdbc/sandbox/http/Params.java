package org.rallyupjdbc.sandbox.http;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed request parameters; a malformed value is a 400 naming the parameter. */
final class Params {
  private static final long DAY = 86_400_000L;
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Params() {}

  /** A required integer id, from the form body or the query string. */
  static long requiredId(Request request, String name) {
    String value =
        request
            .param(name)
            .filter(v -> !v.isBlank())
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "The request is invalid. The " + name + " parameter is required."));
    return parseId(name, value);
  }

  static Optional<Long> optionalId(Request request, String name) {
    return request.query(name).map(value -> parseId(name, value));
  }

  static long parseId(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw invalid(name, value);
    }
  }

  /** A positive int query parameter, or the default when absent. */
  static int positiveInt(Request request, String name, int absent) {
    Optional<String> value = request.query(name);
    if (value.isEmpty()) {
      return absent;
    }
    try {
      int parsed = Integer.parseInt(value.get().trim());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      throw invalid(name, value.get());
    }
    throw invalid(name, value.get());
  }

  /**
   * The optional {@code startDate} / {@code endDate} pair ({@code yyyy-MM-dd}, whole UTC days, both
   * inclusive); an absent bound is open.
   */
  static DayRange dayRange(Request request) {
    long from = request.query("startDate").map(v -> day("startDate", v)).orElse(Long.MIN_VALUE);
    long to = request.query("endDate").map(v -> day("endDate", v) + DAY - 1).orElse(Long.MAX_VALUE);
    return new DayRange(from, to);
  }

  static Optional<Boolean> bool(Request request, String name) {
    return request
        .query(name)
        .map(
            value ->
                switch (value.trim().toLowerCase(Locale.ROOT)) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw invalid(name, value);
                });
  }

  static ApiError invalid(String name, String value) {
    return ApiError.badRequest("The value '" + value + "' is not valid for " + name + ".");
  }

  /**
   * Midnight UTC of a {@code yyyy-MM-dd} day. Exactly four year digits: ISO-8601's expanded years
   * ({@code +999999999-12-31}) would overflow the epoch milliseconds.
   */
  private static long day(String name, String value) {
    String trimmed = value.trim();
    if (!DATE.matcher(trimmed).matches()) {
      throw invalid(name, value);
    }
    try {
      return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw invalid(name, value);
    }
  }
}
