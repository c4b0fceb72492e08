package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.oracle.DifferentialTest.Query;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * The differential corpus again, end to end: the driver reads the sandbox's whole default dataset
 * over HTTP, H2 holds the same records taken from {@code /_sandbox/dump}, and every query must give
 * identical results. The corpus was written for {@link TestDataset}, so some of its filters find
 * nothing in the sandbox's data; most must still return rows, or the check would prove little.
 */
class SandboxDifferentialTest {
  private static Sandbox sandbox;
  private static H2Oracle oracle;
  private static Connection driver;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    oracle = H2Oracle.load(OracleRecords.byTable(new SandboxHttp(sandbox).dump()));
    driver =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=1000",
            SandboxHttp.login(Api.ORGANIZATION));
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      if (driver != null) {
        driver.close();
      }
      if (oracle != null) {
        oracle.close();
      }
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  static Stream<Named<Query>> corpus() {
    return DifferentialTest.readCorpus().stream().map(q -> Named.of(q.label(), q));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void driverOverHttpAnswersLikeH2(Query query) throws SQLException {
    Result expected = Results.read(oracle.connection(), query.sql());
    Results.read(driver, query.sql()).assertSameAs(expected, query.ordered(), query.sql());
  }

  @Test
  void everyTopLevelTableOfTheDumpIsLoaded() throws SQLException {
    for (String table : List.of("campaigns", "donations", "transaction_items", "teams")) {
      assertThat(Results.read(oracle.connection(), "SELECT COUNT(*) FROM " + table).rows())
          .as(table)
          .isNotEqualTo(List.of("0"));
    }
  }

  @Test
  void mostCorpusQueriesFindRowsInTheSandboxData() throws SQLException {
    List<Query> queries = DifferentialTest.readCorpus();
    int nonEmpty = 0;
    for (Query query : queries) {
      nonEmpty += Results.read(oracle.connection(), query.sql()).rows().isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(queries.size() * 3 / 4);
  }
}
