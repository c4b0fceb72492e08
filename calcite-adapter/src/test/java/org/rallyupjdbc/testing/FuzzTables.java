package org.rallyupjdbc.testing;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * The tables the response-body fuzz targets decode into, chosen by an input's first byte so one
 * corpus covers several record shapes: a seed file is that byte followed by a response body.
 */
public final class FuzzTables {
  /**
   * The longest one body may take to read. While fuzzing, libFuzzer stops a hang after 10 s; this
   * makes a slow input fail when the corpus is replayed, where nothing else times it.
   */
  public static final Duration SLOWEST_INPUT = Duration.ofSeconds(5);

  private FuzzTables() {}

  /** The table named {@code schema.name} of the built-in catalog. */
  public static TableSpec table(String schema, String name) {
    return Catalog.builtIn().schema(schema).orElseThrow().table(name).orElseThrow();
  }

  /** The table the input's first byte picks from {@code tables}. */
  public static TableSpec pick(byte[] input, List<TableSpec> tables) {
    return tables.get(Byte.toUnsignedInt(input[0]) % tables.size());
  }

  /**
   * A fresh decoder of every column: learned field orders never leak from one input to the next.
   */
  public static RowDecoder allColumns(TableSpec table) {
    return RowDecoder.of(
        table, IntStream.range(0, table.columns().size()).toArray(), java.util.Map.of());
  }

  /** The characters of a decoded row's values, as text. */
  public static long valueChars(Object[] row) {
    long chars = 0;
    for (Object value : row) {
      chars += value == null ? 0 : value.toString().length();
    }
    return chars;
  }

  /**
   * A generous bound on the characters of the values decoded from {@code bodyBytes} bytes: a number
   * may be written longer than it was sent ({@code 1e5} as {@code 100000.0}), but never by more
   * than a constant factor. Memory that grows faster than the body is a bug.
   */
  public static long valueCharsBound(int bodyBytes) {
    return 8L * bodyBytes + 64;
  }
}
