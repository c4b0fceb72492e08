package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.jdbc.oracle.DifferentialTest.Query;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Differential check of the PostgreSQL-flavoured dialect (issue 18): every query of {@code
 * oracle/dialect.sql} runs on the driver (against the fake API serving {@link TestDataset}, as in
 * {@link DifferentialTest}) and on {@link H2Oracle} opened in {@code MODE=PostgreSQL}, and the
 * results must be identical, compared exactly as {@link DifferentialTest} compares them. The corpus
 * has that class's format and flags.
 *
 * <p>Where H2 does not behave as PostgreSQL does, the construct is checked in {@code
 * oracle/dialect-golden.sql} instead: queries over literals, run on the driver only, whose rows are
 * written by hand as PostgreSQL 16 returns them. Each entry is its {@code --} label lines, then one
 * {@code -- expect: } line per row (in order) rendered as {@link Results} renders rows (strings
 * quoted, numbers by value, {@code TIMESTAMP 2024-03-04T00:00}, columns separated by {@code " |
 * "}), then the statement ending with {@code ;}. The differences found between H2 2.x in PostgreSQL
 * mode and PostgreSQL, and so checked there:
 *
 * <ul>
 *   <li>{@code DATE_TRUNC('week', ts)} starts weeks on the JVM locale's first day in H2, on Monday
 *       (ISO) in PostgreSQL.
 *   <li>H2 has no {@code DATE_PART}, {@code SPLIT_PART}, {@code STRPOS} or {@code INITCAP}.
 *   <li>{@code version()} names H2 in H2 and the driver in the driver.
 *   <li>MEDIAN and PERCENTILE_CONT/DISC of a DECIMAL return DECIMAL in H2 and double precision in
 *       PostgreSQL and the driver: the corpus casts the argument to DOUBLE PRECISION.
 *   <li>Even over doubles, H2's PERCENTILE_CONT does not interpolate as PostgreSQL does ({@code lo
 *       + (hi - lo) * f}: 148.21 and 151.25 give 149.73000000000002 in PostgreSQL, 149.73 in H2):
 *       the corpus rounds percentiles to four decimals, the exact double is golden. H2's
 *       PERCENTILE_DISC with {@code ORDER BY x DESC} picks a value one place off: golden only.
 *   <li>LPAD/RPAD repeat only the first character of a longer fill text in H2; TO_CHAR's {@code
 *       DDD} is not zero-padded in H2; EXTRACT(MILLISECOND/MICROSECOND) leave out the whole seconds
 *       in H2; TO_TIMESTAMP returns TIMESTAMP WITH TIME ZONE in H2: golden.
 *   <li>H2 has no REVERSE or MD5, does not take {@code INTERVAL '1 day'}, and reserves MONTH, so an
 *       alias {@code AS month} (fine in PostgreSQL) is written otherwise.
 *   <li>GROUP BY a name that is both an input column and a select alias groups by the alias in H2
 *       and by the input column in PostgreSQL (and the driver): golden.
 *   <li>CURRENT_USER is {@code ''} in H2: not compared.
 * </ul>
 *
 * <p>Where the driver knowingly differs from PostgreSQL (docs/sql.md lists it), the query and
 * PostgreSQL's answer are in {@code oracle/dialect-differences.sql}, and {@link
 * #knownDifferencesStillDiffer} checks that each is still a difference.
 *
 * <p>PostgreSQL behaviour in the golden file was cross-checked on a PostgreSQL 15 server.
 */
class DialectDifferentialTest {
  private static final long SEED = 20_240_229L;
  private static final int DONATIONS = 300;

  /** Not a divisor of {@link #DONATIONS}: the last page of every paged scan is partial. */
  private static final int PAGE_SIZE = 64;

  private static final String CORPUS = "/oracle/dialect.sql";
  private static final String GOLDEN = "/oracle/dialect-golden.sql";
  private static final String DIFFERENCES = "/oracle/dialect-differences.sql";
  private static final String EXPECT = "expect:";
  private static final Pattern ROW_LIMIT =
      Pattern.compile("\\b(LIMIT|FETCH|OFFSET)\\b", Pattern.CASE_INSENSITIVE);

  private static TestDataset data;
  private static FakeRallyUp fake;
  private static H2Oracle oracle;
  private static Connection driver;

  /** One golden entry: a query and the rows PostgreSQL returns for it, in order. */
  record Golden(String label, String sql, List<String> rows) {
    @Override
    public String toString() {
      return label;
    }
  }

  @BeforeAll
  static void start() throws SQLException {
    data = TestDataset.generate(SEED, DONATIONS);
    fake = new FakeRallyUp();
    data.serve(fake);
    oracle = H2Oracle.load(data.recordsByTable(), H2Oracle.Mode.POSTGRESQL);
    driver = DriverManager.getConnection(fake.jdbcUrl(";pageSize=" + PAGE_SIZE));
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

  static Stream<Named<Query>> corpus() {
    return DifferentialTest.readCorpus(CORPUS).stream().map(q -> Named.of(q.label(), q));
  }

  static Stream<Named<Golden>> golden() {
    return readGolden(GOLDEN).stream().map(g -> Named.of(g.label(), g));
  }

  static Stream<Named<Golden>> differences() {
    return readGolden(DIFFERENCES).stream().map(g -> Named.of(g.label(), g));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void driverAnswersLikeH2InPostgreSqlMode(Query query) throws SQLException {
    Result expected = Results.read(oracle.connection(), query.sql());
    if (query.empty()) {
      assertThat(expected.rows()).as("H2 rows of a query marked [empty]").isEmpty();
    } else {
      assertThat(expected.rows())
          .as("H2 rows (mark the query [empty] if none is right)")
          .isNotEmpty();
    }
    Result actual = Results.read(driver, query.sql());

    actual.assertSameAs(expected, query.ordered(), query.sql());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("golden")
  void driverAnswersAsPostgreSqlDoes(Golden golden) throws SQLException {
    Result actual = Results.read(driver, golden.sql());

    assertThat(actual.rows())
        .as("rows, in order, of %s", golden.sql())
        .containsExactlyElementsOf(golden.rows());
  }

  /**
   * The documented differences from PostgreSQL are still differences: the driver fails or answers
   * otherwise. An entry that starts passing belongs in the golden file, and docs/sql.md's list of
   * differences needs the same change.
   */
  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("differences")
  void knownDifferencesStillDiffer(Golden difference) {
    List<String> rows;
    try {
      rows = Results.read(driver, difference.sql()).rows();
    } catch (SQLException e) {
      assertThat(e.getSQLState()).as("SQLState of %s", difference.sql()).isNotNull();
      return; // fails, as documented, with a state
    }
    assertThat(rows)
        .as("%s now answers as PostgreSQL does: move it to %s", difference.sql(), GOLDEN)
        .isNotEqualTo(difference.rows());
  }

  /**
   * A query written with the new conformance's ordinals, aliases, {@code !=} and {@code ::}, and
   * the same query written the standard way: the API must see the same requests, in any order (what
   * is pushed to the API as parameters does not depend on the spelling), with the pushed condition
   * among them, and the results must be the same.
   */
  record Spellings(String dialect, String standard, String pushed) {}

  static Stream<Named<Spellings>> spellings() {
    return Stream.of(
        Named.of(
            "GROUP BY 1 with a campaign condition",
            new Spellings(
                "SELECT campaign_type, COUNT(*) FROM donations WHERE campaign_id = 1226 GROUP BY 1",
                "SELECT campaign_type, COUNT(*) FROM donations WHERE campaign_id = 1226"
                    + " GROUP BY campaign_type",
                "1226")),
        Named.of(
            "GROUP BY and ORDER BY an alias with a date range",
            new Spellings(
                "SELECT payment_type AS p, COUNT(*) AS n FROM donations"
                    + " WHERE transaction_created_date >= TIMESTAMP '2024-01-01 00:00:00'"
                    + " AND transaction_created_date < TIMESTAMP '2024-02-01 00:00:00'"
                    + " GROUP BY p ORDER BY p",
                "SELECT payment_type, COUNT(*) FROM donations"
                    + " WHERE transaction_created_date >= TIMESTAMP '2024-01-01 00:00:00'"
                    + " AND transaction_created_date < TIMESTAMP '2024-02-01 00:00:00'"
                    + " GROUP BY payment_type ORDER BY payment_type",
                "2024")),
        Named.of(
            "a key equality through ::bigint on the key",
            new Spellings(
                "SELECT id, name FROM campaigns WHERE id::bigint = 1226",
                "SELECT id, name FROM campaigns WHERE id = 1226",
                "1226")),
        Named.of(
            ":: in the select list and ORDER BY 1 with a campaign condition",
            new Spellings(
                "SELECT transaction_id::varchar FROM donations WHERE campaign_id = 1226 ORDER BY 1",
                "SELECT CAST(transaction_id AS VARCHAR) FROM donations WHERE campaign_id = 1226"
                    + " ORDER BY CAST(transaction_id AS VARCHAR)",
                "1226")),
        Named.of(
            "GROUP BY 1, ORDER BY 2 with a campaign condition and !=",
            new Spellings(
                "SELECT DATE_TRUNC('month', transaction_created_date), COUNT(*) FROM donations"
                    + " WHERE campaign_id = 1143 AND payment_type != 'Cash' GROUP BY 1 ORDER BY 1",
                "SELECT DATE_TRUNC('month', transaction_created_date), COUNT(*) FROM donations"
                    + " WHERE campaign_id = 1143 AND payment_type <> 'Cash'"
                    + " GROUP BY DATE_TRUNC('month', transaction_created_date)"
                    + " ORDER BY DATE_TRUNC('month', transaction_created_date)",
                "1143")));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("spellings")
  void dialectSpellingsPushDownAsTheStandardOnesDo(Spellings query) throws SQLException {
    try (Connection uncached =
        DriverManager.getConnection(
            fake.jdbcUrl(";pageSize=" + PAGE_SIZE + ";cacheTtlSeconds=0"))) {
      fake.clearRequests();
      Result standard = Results.read(uncached, query.standard());
      List<String> standardRequests = fake.apiRequests();
      fake.clearRequests();
      Result dialect = Results.read(uncached, query.dialect());
      List<String> dialectRequests = fake.apiRequests();

      assertThat(standard.rows()).as("rows of %s", query.standard()).isNotEmpty();
      dialect.assertSameAs(standard, true, query.dialect());
      assertThat(standardRequests)
          .as("requests of %s", query.standard())
          .anyMatch(request -> request.contains(query.pushed()));
      assertThat(dialectRequests)
          .as("requests of %s", query.dialect())
          .containsExactlyInAnyOrderElementsOf(standardRequests); // pages are read in parallel
    }
  }

  @Test
  void corpusIsLargeAndOrderedWhereItLimits() {
    List<Query> corpus = DifferentialTest.readCorpus(CORPUS);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(130);
    for (Query query : corpus) {
      if (ROW_LIMIT.matcher(query.sql()).find()) {
        assertThat(query.ordered())
            .as("a query with LIMIT/FETCH/OFFSET needs a total ORDER BY: %s", query.label())
            .isTrue();
      }
    }
    assertThat(readGolden(GOLDEN)).hasSizeGreaterThanOrEqualTo(25);
  }

  /** Reads a golden-format resource: label lines, {@code -- expect:} lines, then the statement. */
  static List<Golden> readGolden(String resource) {
    InputStream in = DialectDifferentialTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the test class path");
    }
    List<Golden> entries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> label = new ArrayList<>();
      List<String> rows = new ArrayList<>();
      StringBuilder sql = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (sql.isEmpty() && trimmed.startsWith("--")) {
          String comment = trimmed.substring(2).strip();
          if (comment.toLowerCase(Locale.ROOT).startsWith(EXPECT)) {
            rows.add(comment.substring(EXPECT.length()).strip());
          } else if (rows.isEmpty()) {
            label.add(comment);
          } else {
            throw new IllegalStateException(
                resource + ": a label line after expect lines: " + line);
          }
          continue;
        }
        if (sql.isEmpty() && trimmed.isEmpty()) {
          label.clear();
          rows.clear();
          continue;
        }
        sql.append(sql.isEmpty() ? "" : "\n").append(line.stripTrailing());
        if (trimmed.endsWith(";")) {
          String statement = sql.substring(0, sql.length() - 1);
          if (label.isEmpty() || rows.isEmpty()) {
            throw new IllegalStateException(
                resource + ": an entry needs a label and expect lines: " + statement);
          }
          entries.add(new Golden(String.join(" ", label), statement, List.copyOf(rows)));
          label.clear();
          rows.clear();
          sql.setLength(0);
        }
      }
      if (!sql.isEmpty()) {
        throw new IllegalStateException(resource + " ends inside a statement: " + sql);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
