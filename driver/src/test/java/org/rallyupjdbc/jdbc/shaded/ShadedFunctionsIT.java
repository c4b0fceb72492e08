package org.rallyupjdbc.jdbc.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.dialect.ExampleRows;
import org.rallyupjdbc.jdbc.dialect.FunctionExamplesProbe;
import org.rallyupjdbc.jdbc.dialect.SupportedFunctions;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Every function docs/sql.md advertises gives its documented result from the shaded jar alone: the
 * minimized libraries behind them (Commons Codec, Text, Math, json-path...) kept what they need.
 */
class ShadedFunctionsIT {
  @Test
  void everyFunctionExampleGivesItsDocumentedResult() throws Exception {
    try (FakeRallyUp fake = new FakeRallyUp()) {
      List<String> lines =
          ChildJvm.start(
                  List.of(FunctionExamplesProbe.class.getName(), ExampleRows.class.getName()),
                  FunctionExamplesProbe.class.getName(),
                  fake.jdbcUrl(""))
              .await()
              .cleanLines();
      List<String> expected =
          SupportedFunctions.all().stream().map(e -> e.name() + "\t" + e.result()).toList();
      assertThat(
              lines.stream()
                  .map(l -> new String(Base64.getDecoder().decode(l), StandardCharsets.UTF_8))
                  .toList())
          .containsExactlyElementsOf(expected);
    }
  }
}
