package org.rallyupjdbc.jdbc.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The functions the driver advertises, read from {@code functions.tsv}: the single list behind
 * {@code DatabaseMetaData}'s function lists and the function reference in docs/sql.md, each entry
 * with an example whose result a test checks.
 */
public final class SupportedFunctions {
  /** The reference's sections; the first four are {@code DatabaseMetaData}'s lists. */
  public enum Category {
    NUMERIC,
    STRING,
    TIMEDATE,
    SYSTEM,
    AGGREGATE,
    WINDOW
  }

  /** One function: its example is a whole SELECT whose rows print as {@code result}. */
  public record Entry(
      Category category, String name, String example, String result, String description) {}

  private static final List<Entry> ALL = read();

  private SupportedFunctions() {}

  /** Every entry, in the file's order. */
  public static List<Entry> all() {
    return ALL;
  }

  /** The names of {@code category}, comma-separated, as {@code getNumericFunctions} returns. */
  public static String names(Category category) {
    return ALL.stream()
        .filter(e -> e.category() == category)
        .map(Entry::name)
        .distinct()
        .collect(Collectors.joining(","));
  }

  private static List<Entry> read() {
    InputStream in = SupportedFunctions.class.getResourceAsStream("functions.tsv");
    if (in == null) {
      throw new IllegalStateException("functions.tsv is missing from the driver jar");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
          throw new IllegalStateException(
              "functions.tsv: 5 tab-separated fields expected: " + line);
        }
        entries.add(
            new Entry(
                Category.valueOf(fields[0].toUpperCase(Locale.ROOT)),
                fields[1],
                fields[2],
                fields[3],
                fields[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
