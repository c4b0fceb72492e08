package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both RallyUp date formats become UTC epoch millis, checked against java.time. */
class TimestampsTest {
  @ParameterizedTest
  @CsvSource({
    "2018/03/27 17:11:45, 2018-03-27T17:11:45Z",
    "2020-12-17T11:32:31.763Z, 2020-12-17T11:32:31.763Z",
    "2020-12-17T11:32:31Z, 2020-12-17T11:32:31Z",
    "2020-12-17T11:32:31.7Z, 2020-12-17T11:32:31.700Z",
    "2020-12-17T11:32:31.123456Z, 2020-12-17T11:32:31.123Z",
    "2020-12-17T11:32:31.763+02:00, 2020-12-17T09:32:31.763Z",
    "2020-12-17T01:32:31-05:30, 2020-12-17T07:02:31Z",
    "2020-12-17T11:32:31, 2020-12-17T11:32:31Z",
    "2024/02/29 23:59:59, 2024-02-29T23:59:59Z",
    "1969/12/31 23:59:59, 1969-12-31T23:59:59Z",
    "2000-01-01 00:00:00, 2000-01-01T00:00:00Z"
  })
  void parsesBothFormats(String text, String instant) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(instant).toEpochMilli());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018/13/27 17:11:45",
        "2023/02/29 10:00:00",
        "yesterday",
        "2018/03/27",
        "12/17/2020 3:32AM PST",
        ""
      })
  void rejectsWhatIsNotADate(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("is not a date (expected yyyy/MM/dd HH:mm:ss or ISO-8601)");
  }

  @ParameterizedTest
  @CsvSource({
    "2018/03/27 17:11:45, 2018-03-27T17:11:45Z",
    "2020-12-17T01:32:31.5-05:30, 2020-12-17T07:02:31.500Z",
    "2020-12-17T11:32+01:00, 2020-12-17T10:32:00Z"
  })
  void parsesInPlaceAmidOtherCharacters(String text, String instant) {
    char[] buffer = ("{\"At\":\"" + text + "\",\"Next\":1}").toCharArray();
    assertThat(Timestamps.parse(buffer, 7, text.length()))
        .isEqualTo(Instant.parse(instant).toEpochMilli());
  }
}
