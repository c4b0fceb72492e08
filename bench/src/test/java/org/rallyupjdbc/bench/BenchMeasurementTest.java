package org.rallyupjdbc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ContenderKind;

class BenchMeasurementTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    assertThat(Measurement.median(List.of(9.0, 1.0, 5.0, 7.0, 3.0))).isEqualTo(5.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Measurement.median(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
  }

  @Test
  void medianOfNothingIsAnError() {
    assertThatThrownBy(() -> Measurement.median(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void minMaxAndRatioComeFromTheRuns() {
    Measurement driver = Fixtures.measured(0, "full-scan", ContenderKind.DRIVER, 20, 120, 100, 110);
    Measurement pager = Fixtures.measured(0, "full-scan", ContenderKind.PAGER, 20, 400, 450, 350);

    assertThat(driver.minMillis()).isEqualTo(100);
    assertThat(driver.maxMillis()).isEqualTo(120);
    assertThat(pager.ratioTo(driver)).isCloseTo(400.0 / 110, within(1e-9));
  }

  @Test
  void requestsAreTheMedianRunsCountAndHeapIsInMebibytes() {
    ChildResult result =
        new ChildResult(List.of(1.0, 2.0, 3.0), List.of(21L, 20L, 20L), 5, 3L << 20, -1);
    Measurement m = new Measurement(0, 1, "count", ContenderKind.DRIVER, result);

    assertThat(m.requests()).isEqualTo(20);
    assertThat(m.peakHeapMiB()).isEqualTo(3.0);
    assertThat(m.liveHeapMiB()).isNaN();
  }
}
