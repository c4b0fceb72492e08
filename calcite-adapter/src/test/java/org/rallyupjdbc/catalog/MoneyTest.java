package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Currency-formatted strings parse to exact amounts. */
class MoneyTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$101.00|101.00",
        "$93.77|93.77",
        "$1,234.50|1234.50",
        "$1,000,000.01|1000000.01",
        "-$5.00|-5.00",
        "$-5.00|-5.00",
        "($5.25)|-5.25",
        "$0.00|0.00",
        "12.5|12.5",
        "CA$7.10|7.10"
      })
  void parses(String text, String amount) {
    assertThat(Money.parse(text)).isEqualTo(new BigDecimal(amount));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "$", "free", "$12.34.56", "$1 234", "ABCD$5"})
  void rejectsNonAmounts(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("is not a currency amount");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$1,234.50|1234.50",
        "  ( $5.25 )  |-5.25",
        "$12345678901234567890.12|12345678901234567890.12",
        "-$1,000,000,000,000,000.001|-1000000000000000.001"
      })
  void parsesInPlaceAmidOtherCharacters(String text, String amount) {
    char[] buffer = ("xx\"" + text + "\"yy").toCharArray();
    assertThat(Money.parse(buffer, 3, text.length())).isEqualTo(new BigDecimal(amount));
  }
}
