package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.jdbc.oracle.RandomQueryGenerator.Feature;
import org.rallyupjdbc.jdbc.oracle.RandomQueryGenerator.GeneratedQuery;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Differential check over {@value #QUERIES} queries from {@link RandomQueryGenerator}: each runs on
 * the driver (against the fake API serving {@link TestDataset}) and on {@link H2Oracle}, and the
 * results must be identical, compared as {@link DifferentialTest} compares them: same column count,
 * same rows, in the same order when the query's ORDER BY is a total order, else as multisets.
 *
 * <p>The queries come from a fixed seed, so every build runs the same ones; each test name carries
 * the seed. {@code -Drallyup.random.seed=N} runs another set, or reproduces a reported one.
 */
class RandomQueryTest {
  /** The data of {@link DifferentialTest}, whose awkward cases that test asserts. */
  private static final long DATA_SEED = 20_240_229L;

  private static final int DONATIONS = 300;

  /** Not a divisor of {@link #DONATIONS}: the last page of every paged scan is partial. */
  private static final int PAGE_SIZE = 64;

  private static final int QUERIES = 300;

  /** At least this share of the queries must find rows on H2, so most comparisons are not moot. */
  private static final double MIN_NON_EMPTY_SHARE = 0.6;

  private static FakeRallyUp fake;
  private static H2Oracle oracle;
  private static Connection driver;
  private static List<TableSpec> tables;
  private static long seed;
  private static List<GeneratedQuery> queries;

  @BeforeAll
  static void start() throws SQLException {
    TestDataset data = TestDataset.generate(DATA_SEED, DONATIONS);
    fake = new FakeRallyUp();
    data.serve(fake);
    oracle = H2Oracle.load(data.recordsByTable());
    driver = DriverManager.getConnection(fake.jdbcUrl(";pageSize=" + PAGE_SIZE));
    Set<String> loaded = data.recordsByTable().keySet();
    tables =
        Catalog.builtIn().schema("rallyup").orElseThrow().tables().stream()
            .filter(
                t ->
                    loaded.contains(t.name())
                        || (t.childArray().isPresent()
                            && loaded.contains(t.foreignKeys().get(0).table())))
            .toList();
    seed = RandomQueryGenerator.configuredSeed();
    queries = RandomQueryGenerator.create(oracle.connection(), tables, seed).generate(QUERIES);
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
      if (fake != null) {
        fake.close();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> driverAnswersLikeH2() {
    return queries.stream().map(q -> dynamicTest(q.name(), () -> compare(q)));
  }

  private static void compare(GeneratedQuery query) {
    String what = describe(query);
    Result expected = run(oracle.connection(), "H2", query);
    Result actual = run(driver, "the driver", query);

    actual.assertSameAs(expected, query.ordered(), what);
  }

  private static Result run(Connection connection, String engine, GeneratedQuery query) {
    try {
      return Results.read(connection, query.sql());
    } catch (SQLException e) {
      throw new AssertionError(engine + " rejects " + describe(query) + ": " + e, e);
    }
  }

  private static String describe(GeneratedQuery query) {
    return "random query #"
        + query.index()
        + " of seed "
        + query.seed()
        + " (rerun with -D"
        + RandomQueryGenerator.SEED_PROPERTY
        + "="
        + query.seed()
        + "): "
        + query.sql();
  }

  @Test
  void mostQueriesFindRowsOnH2() {
    int nonEmpty = 0;
    for (GeneratedQuery query : queries) {
      if (!run(oracle.connection(), "H2", query).rows().isEmpty()) {
        nonEmpty++;
      }
    }
    assertThat((double) nonEmpty / queries.size())
        .as("share of the %d queries of seed %d that find rows on H2", queries.size(), seed)
        .isGreaterThanOrEqualTo(MIN_NON_EMPTY_SHARE);
  }

  @Test
  void generatorCoversEveryLoadedTableAndEveryShape() {
    assertThat(queries).hasSizeGreaterThanOrEqualTo(300);
    assertThat(tables)
        .extracting(TableSpec::name)
        .contains(
            "campaigns",
            "donations",
            "donations_items",
            "transaction_items",
            "transaction_items_raffle_tickets",
            "auction_bids",
            "raffle_winners",
            "participants",
            "teams");
    List<String> sql = queries.stream().map(GeneratedQuery::sql).toList();
    for (TableSpec table : tables) {
      assertThat(sql)
          .as("seed %d: some query reads %s", seed, table.name())
          .anyMatch(q -> q.matches(".*\\b" + table.name() + " t\\d.*"));
    }
    Set<Feature> covered = EnumSet.noneOf(Feature.class);
    queries.forEach(q -> covered.addAll(q.features()));
    assertThat(covered).as("features of seed %d", seed).containsAll(EnumSet.allOf(Feature.class));

    List<String> unlimited = new ArrayList<>();
    for (GeneratedQuery query : queries) {
      if (!query.ordered() && query.sql().matches(".*\\b(LIMIT|OFFSET|FETCH)\\b.*")) {
        unlimited.add(query.name());
      }
    }
    assertThat(unlimited).as("queries limited without a total order").isEmpty();
    assertThat(queries.stream().filter(GeneratedQuery::ordered).count())
        .as("queries whose row order is compared")
        .isGreaterThanOrEqualTo(QUERIES / 5);
  }
}
