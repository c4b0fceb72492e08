package org.rallyupjdbc.adapter;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rallyupjdbc.client.Deadline;
import org.rallyupjdbc.client.PageDecodeBench;
import org.rallyupjdbc.client.RecordCursor;

/**
 * The enumerator's own cost per row (cancel and deadline checks, flattening records into rows),
 * over rows already decoded from a 1,000-record donations page, so no parsing is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EnumeratorBench {
  private static final int ROWS = 1000;

  private List<List<Object[]>> records;

  /** Decodes the page once. */
  @Setup
  public void setUp() throws Exception {
    PageDecodeBench decode = new PageDecodeBench();
    decode.records = ROWS;
    decode.setUp();
    records = decode.decodePage();
  }

  /** Enumerates every row, as Calcite's generated code does, with a live cancel flag. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void enumerateRows(Blackhole rows) {
    RallyUpEnumerator enumerator =
        new RallyUpEnumerator(
            new ListCursor(records.iterator()), new AtomicBoolean(), Deadline.NONE, -1, false);
    while (enumerator.moveNext()) {
      rows.consume(enumerator.current());
    }
    enumerator.close();
  }

  /** Records from memory instead of pages from the network. */
  private record ListCursor(Iterator<List<Object[]>> records)
      implements RecordCursor<List<Object[]>> {
    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public List<Object[]> next() {
      return records.next();
    }

    @Override
    public void close() {}
  }
}
