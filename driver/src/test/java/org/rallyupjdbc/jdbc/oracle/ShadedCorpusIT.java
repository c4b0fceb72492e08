package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.jdbc.oracle.DifferentialTest.Query;
import org.rallyupjdbc.jdbc.shaded.ChildJvm;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * The whole differential corpus through the shaded jar alone: a plain {@code java -cp} process with
 * nothing but the jar and a probe runs every query against the fake API serving {@link
 * TestDataset}, and each result must equal H2's. This is what proves that the libraries the jar
 * leaves out are not reachable and that relocation kept Calcite's run-time code generation (Janino)
 * working: every corpus query compiles generated code. Its standard error must be empty.
 */
class ShadedCorpusIT {
  @Test
  void everyCorpusQueryAnswersLikeH2FromTheShadedJar() throws Exception {
    List<Query> corpus = DifferentialTest.readCorpus();
    TestDataset data = TestDataset.generate(20_240_229L, 300);
    Path statements = Files.createTempFile("corpus", ".sql");
    try (FakeRallyUp fake = new FakeRallyUp();
        H2Oracle oracle = H2Oracle.load(data.recordsByTable())) {
      data.serve(fake);
      Files.writeString(
          statements,
          corpus.stream().map(Query::sql).collect(Collectors.joining(CorpusProbe.SEPARATOR)),
          StandardCharsets.UTF_8);
      List<String> lines =
          ChildJvm.start(
                  List.of(
                      CorpusProbe.class.getName(),
                      Results.class.getName(),
                      Results.Result.class.getName()),
                  CorpusProbe.class.getName(),
                  fake.jdbcUrl(";pageSize=64"),
                  statements.toString())
              .await()
              .cleanLines();
      List<Result> results = parse(lines);
      assertThat(results).hasSameSizeAs(corpus);
      for (int i = 0; i < corpus.size(); i++) {
        Query query = corpus.get(i);
        results.get(i).assertSameAs(expected(oracle, query), query.ordered(), query.sql());
      }
    } finally {
      Files.deleteIfExists(statements);
    }
  }

  private static Result expected(H2Oracle oracle, Query query) throws SQLException {
    return Results.read(oracle.connection(), query.sql());
  }

  /** The probe's output back into results: a {@code #n} line starts each. */
  private static List<Result> parse(List<String> lines) {
    List<Result> results = new ArrayList<>();
    int columns = -1;
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("#")) {
        if (columns >= 0) {
          results.add(new Result(columns, rows));
        }
        columns = Integer.parseInt(line.substring(1));
        rows = new ArrayList<>();
      } else {
        rows.add(new String(Base64.getDecoder().decode(line), StandardCharsets.UTF_8));
      }
    }
    if (columns >= 0) {
      results.add(new Result(columns, rows));
    }
    return results;
  }
}
