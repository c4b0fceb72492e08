package org.rallyupjdbc.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rallyupjdbc.bench.micro.SamplePages;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * JSON page bytes to rows, the driver's own path: its parser factory, envelope reader and row
 * decoder over a donations page of {@code records} records, as the driver reads it (the body whole
 * in one array), for every column of {@code SELECT *} or for two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageDecodeBench {
  @Param({"100", "500", "1000"})
  public int records;

  /** {@code all}: every column ({@code SELECT *}); {@code two}: top-donors' two columns. */
  @Param({"all", "two"})
  public String columns;

  private byte[] page;
  private RowDecoder decoder;

  /** Fetches the page from a sandbox once per trial. */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    page = SamplePages.donations(records);
    TableSpec donations =
        Catalog.builtIn().schema("rallyup").orElseThrow().table("donations").orElseThrow();
    int[] projection =
        columns.equals("all")
            ? IntStream.range(0, donations.columns().size()).toArray()
            : new int[] {
              donations.columnIndex("donor_email"),
              donations.columnIndex("transaction_gross_amount_value")
            };
    decoder = RowDecoder.of(donations, projection, Map.of());
  }

  /** Decodes the whole page. */
  @Benchmark
  public List<List<Object[]>> decodePage() throws IOException {
    try (var parser = JsonBodies.open(page)) {
      return Envelope.readPage(parser, decoder, "bench").items();
    }
  }
}
