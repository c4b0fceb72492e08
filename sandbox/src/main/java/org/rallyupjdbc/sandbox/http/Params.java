package org.rallyupjdbc.sandbox.http;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Typed request parameters; a malformed value is a 400 naming the parameter. */
final class Params {
  private static final long DAY = 86_400_000L;

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

  /** Start of the day a {@code yyyy-MM-dd} parameter names (UTC), if given. */
  static Optional<Long> dayStart(Request request, String name) {
    return request.query(name).map(value -> day(name, value));
  }

  /** End of the day (inclusive, last millisecond) a {@code yyyy-MM-dd} parameter names. */
  static Optional<Long> dayEnd(Request request, String name) {
    return request.query(name).map(value -> day(name, value) + DAY - 1);
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

  private static long day(String name, String value) {
    try {
      return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw invalid(name, value);
    }
  }
}
