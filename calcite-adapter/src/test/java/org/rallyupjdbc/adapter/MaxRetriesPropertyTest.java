package org.rallyupjdbc.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rallyupjdbc.client.RetryPolicy;

/** The {@code maxRetries} connection property: its default, its range, and where it ends up. */
class MaxRetriesPropertyTest {
  private static ConnectionSettings parse(Map<String, String> properties) {
    return ConnectionSettings.parse(properties, "rallyup-jdbc-test");
  }

  @Test
  void retriesFourTimesByDefault() {
    RetryPolicy retry = parse(Map.of("password", "t")).client().retry();
    assertThat(retry).isEqualTo(RetryPolicy.defaults());
    assertThat(retry.maxRetries()).isEqualTo(4);
    assertThat(RallyUpProperty.MAX_RETRIES.defaultValue()).contains("4");
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "8", "20"})
  void acceptsZeroToTwenty(int value) {
    assertThat(
            parse(Map.of("password", "t", "MAXRETRIES", Integer.toString(value)))
                .client()
                .retry()
                .maxRetries())
        .isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1|Connection property 'maxRetries' must be from 0 to 20, not -1",
        "21|Connection property 'maxRetries' must be from 0 to 20, not 21",
        "often|Connection property 'maxRetries' must be a whole number, not 'often'"
      })
  void rejectsOtherValuesNamingTheProperty(String value, String message) {
    assertThatThrownBy(() -> parse(Map.of("password", "t", "maxRetries", value)))
        .isInstanceOf(InvalidPropertyException.class)
        .hasMessage(message);
  }
}
