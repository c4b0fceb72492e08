package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The corpus size the docs quote is the corpus's: counted, not remembered. */
class CorpusFiguresDocTest {
  private static final Pattern FIGURE = Pattern.compile("differential corpus \\((\\d+) queries\\)");

  @Test
  void reliabilityPageQuotesTheCorpusSize() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "reliability.md"), StandardCharsets.UTF_8);
    Matcher figure = FIGURE.matcher(page);
    assertThat(figure.find()).as("reliability.md quotes the corpus size").isTrue();
    do {
      assertThat(Integer.parseInt(figure.group(1)))
          .as("corpus size quoted in reliability.md")
          .isEqualTo(DifferentialTest.readCorpus().size());
    } while (figure.find());
  }
}
