package org.rallyupjdbc.jdbc.dialect;

import java.util.Arrays;

/**
 * Run-time bodies of {@code PERCENTILE_CONT}, {@code PERCENTILE_DISC} and {@code MEDIAN}. Calcite
 * 1.42 validates the ordered-set aggregates but has no Enumerable implementation of them (added
 * upstream after 1.42, in CALCITE-6767), so {@link DialectRewrites} turns each call into a call of
 * one of these user-defined aggregates over {@code DOUBLE}, as PostgreSQL computes them in double
 * precision. Calcite calls them only with non-null values (they are strict), so NULLs are ignored
 * as the SQL standard says, and a group of NULLs only gives NULL.
 */
public final class OrderedSetAggregates {
  private OrderedSetAggregates() {}

  /** The values of one group and the fraction asked for. */
  public static final class Values {
    private double[] values = new double[16];
    private int size;
    private double fraction;

    Values add(double value, double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new DialectException(
            "22003",
            "percentile value "
                + fraction
                + " is not between 0 and 1: PERCENTILE_CONT and PERCENTILE_DISC take a fraction"
                + " such as 0.5 for the median");
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
      this.fraction = fraction;
      return this;
    }

    double[] sorted() {
      double[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }

  /** What both percentiles share: the accumulator. Public, as Calcite calls it by reflection. */
  public abstract static class Percentile {
    public Values init() {
      return new Values();
    }

    public Values add(Values accumulator, double value, double fraction) {
      return accumulator.add(value, fraction);
    }
  }

  /** {@code PERCENTILE_CONT(f) WITHIN GROUP (ORDER BY x)}: interpolates between neighbours. */
  public static final class Cont extends Percentile {
    public Double result(Values accumulator) {
      if (accumulator == null || accumulator.size == 0) {
        return null;
      }
      double[] sorted = accumulator.sorted();
      double position = accumulator.fraction * (sorted.length - 1);
      int below = (int) Math.floor(position);
      int above = (int) Math.ceil(position);
      return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
  }

  /** {@code PERCENTILE_DISC(f) WITHIN GROUP (ORDER BY x)}: the first value at or past f. */
  public static final class Disc extends Percentile {
    public Double result(Values accumulator) {
      if (accumulator == null || accumulator.size == 0) {
        return null;
      }
      double[] sorted = accumulator.sorted();
      int index = (int) Math.ceil(accumulator.fraction * sorted.length) - 1;
      return sorted[Math.max(index, 0)];
    }
  }
}
