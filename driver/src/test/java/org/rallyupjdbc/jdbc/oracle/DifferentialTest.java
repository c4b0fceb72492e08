package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Differential check: every query of {@code oracle/corpus.sql} runs on the driver (against the fake
 * API serving {@link TestDataset}) and on {@link H2Oracle} (the same records loaded into H2), and
 * the results must be identical: same column count, same rows, in the same order when the query
 * marks its ORDER BY as a total order, else as multisets.
 *
 * <p>Corpus format: each statement ends with {@code ;} at the end of a line; the {@code --} lines
 * before it are its label. A label may start with flags: {@code [ordered]} (the ORDER BY is a total
 * order, so row order is compared) and {@code [empty]} (the correct answer has no rows). Without
 * {@code [empty]}, H2 must return at least one row, so no query compares two empty results by
 * accident.
 *
 * <p>Where the two engines legitimately differ, the corpus is written around the difference; the
 * comparison itself is never loosened:
 *
 * <ul>
 *   <li>Calcite types a character literal as {@code CHAR(n)}, so a CASE or UNION of literals of
 *       different lengths is blank-padded ({@code 'no '} next to {@code 'yes'}), as the standard
 *       says; H2 types literals VARCHAR. Such results are cast to VARCHAR.
 *   <li>Calcite keeps the argument's scale in AVG of a DECIMAL(19, 2) and truncates (223.635… is
 *       223.63), and a CAST to fewer decimals truncates (62.666… is 62.66); H2 rounds half up.
 *       Averages are written {@code ROUND(AVG(CAST(x AS DECIMAL(19, 6))), 2)}, quotients with
 *       ROUND, which both engines round half up.
 *   <li>TIMESTAMPDIFF counts whole units in Calcite and crossed unit boundaries in H2; the corpus
 *       uses SECOND on second-precision timestamps, where the two agree.
 *   <li>EXTRACT(DOW) is PostgreSQL's (Sunday is 0) on the driver and Sunday is 1 in H2's regular
 *       mode: not used here; {@link DialectDifferentialTest} compares it with H2 in PostgreSQL
 *       mode.
 *   <li>EXTRACT(WEEK) is the ISO week in Calcite and a locale week in H2, and CAST of a DECIMAL
 *       below 1 to VARCHAR gives {@code .67} in Calcite and {@code 0.67} in H2: not used.
 *   <li>Without an ESCAPE clause H2's LIKE escapes with a backslash and Calcite, as the standard
 *       says, has no escape character: {@code LIKE '%\%'} finds text ending in a percent sign in H2
 *       and text containing a backslash in Calcite. Patterns hold no backslash, or say ESCAPE.
 *   <li>H2 has neither FULL OUTER JOIN nor ROLLUP, and calls an unqualified USING column ambiguous:
 *       written as LEFT JOIN plus the unmatched rest, as UNION ALL of groupings, and qualified.
 *   <li>Calcite sorts NULL high by default; {@link H2Oracle} sets H2's DEFAULT_NULL_ORDERING to
 *       HIGH, and most ordered queries say NULLS FIRST/LAST anyway.
 *   <li>A DECIMAL value bound to a parameter that Calcite types BIGINT ({@code id = ?}) is
 *       truncated by Calcite (1226.4 finds id 1226) and compared exactly by H2: not used.
 * </ul>
 */
class DifferentialTest {
  private static final long SEED = 20_240_229L;
  private static final int DONATIONS = 300;

  /** Not a divisor of {@link #DONATIONS}: the last page of every paged scan is partial. */
  private static final int PAGE_SIZE = 64;

  private static final String CORPUS = "/oracle/corpus.sql";
  private static final Pattern ROW_LIMIT =
      Pattern.compile("\\b(LIMIT|FETCH|OFFSET)\\b", Pattern.CASE_INSENSITIVE);

  private static TestDataset data;
  private static FakeRallyUp fake;
  private static H2Oracle oracle;
  private static Connection driver;

  /** One corpus entry. */
  record Query(String label, String sql, boolean ordered, boolean empty) {
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
    oracle = H2Oracle.load(data.recordsByTable());
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
    return readCorpus(CORPUS).stream().map(q -> Named.of(q.label(), q));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void driverAnswersLikeH2(Query query) throws SQLException {
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

  /** A prepared statement and its parameter values, bound with {@code setObject} on both. */
  record Prepared(String sql, List<Object> parameters, boolean empty) {}

  static Stream<Named<Prepared>> prepared() {
    return Stream.of(
        Named.of(
            "key equality with a BIGINT parameter uses the lookup",
            new Prepared("SELECT * FROM campaigns WHERE id = ?", List.of(1226L), false)),
        Named.of(
            "key equality with an integral DECIMAL parameter",
            new Prepared(
                "SELECT id, name FROM campaigns WHERE id = ?",
                List.of(new BigDecimal("1143.00")),
                false)),
        Named.of(
            "DECIMAL parameters on a currency twin",
            new Prepared(
                "SELECT transaction_id, transaction_gross_amount FROM donations"
                    + " WHERE transaction_gross_amount_value BETWEEN ? AND ?",
                List.of(new BigDecimal("99.5"), new BigDecimal("150")),
                false)),
        Named.of(
            "a NULL parameter matches nothing",
            new Prepared(
                "SELECT transaction_id FROM donations WHERE donor_id = ?",
                Arrays.asList((Object) null),
                true)),
        Named.of(
            "text parameter outside ISO-8859-1",
            new Prepared(
                "SELECT transaction_id, donor_last_name FROM donations WHERE donor_last_name = ?",
                List.of("Nguyễn"),
                false)),
        Named.of(
            "LIKE parameter with an apostrophe",
            new Prepared(
                "SELECT transaction_id, donor_last_name FROM donations WHERE donor_last_name LIKE ?",
                List.of("O'%"),
                false)),
        Named.of(
            "TIMESTAMP parameters bounding one calendar month",
            new Prepared(
                "SELECT transaction_id, transaction_created_date FROM donations"
                    + " WHERE transaction_created_date >= ? AND transaction_created_date < ?",
                List.of(
                    Timestamp.valueOf("2024-03-01 00:00:00"),
                    Timestamp.valueOf("2024-04-01 00:00:00")),
                false)),
        Named.of(
            "INTEGER and DECIMAL parameters on a child table",
            new Prepared(
                "SELECT transaction_id, item_id, quantity, price FROM donations_items"
                    + " WHERE quantity >= ? AND price < ?",
                List.of(3, new BigDecimal("50.5")),
                false)));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("prepared")
  void preparedStatementsAnswerLikeH2(Prepared query) throws SQLException {
    Result expected = Results.read(oracle.connection(), query.sql(), query.parameters());
    assertThat(expected.rows().isEmpty()).as("H2 finds no rows").isEqualTo(query.empty());
    Result actual = Results.read(driver, query.sql(), query.parameters());

    assertThat(actual.columnCount()).as("column count").isEqualTo(expected.columnCount());
    assertThat(actual.sortedRows())
        .as("rows (any order) of %s with %s", query.sql(), query.parameters())
        .containsExactlyElementsOf(expected.sortedRows());
  }

  @Test
  void corpusIsLargeOrderedWhereItLimitsAndTouchesEveryLoadedTable() {
    List<Query> corpus = readCorpus(CORPUS);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
    for (Query query : corpus) {
      if (ROW_LIMIT.matcher(query.sql()).find()) {
        assertThat(query.ordered())
            .as("a query with LIMIT/FETCH/OFFSET needs a total ORDER BY: %s", query.label())
            .isTrue();
      }
    }
    String all = corpus.stream().map(Query::sql).reduce("", (a, b) -> a + "\n" + b);
    Set<String> loaded = data.recordsByTable().keySet();
    List<String> tables =
        Catalog.builtIn().schema("rallyup").orElseThrow().tables().stream()
            .filter(t -> loaded.contains(t.name()) || isChildOfLoaded(t, loaded))
            .map(TableSpec::name)
            .toList();
    assertThat(tables).contains("donations_items", "transaction_items_raffle_tickets");
    for (String table : tables) {
      assertThat(all)
          .as("some corpus query reads %s", table)
          .containsPattern("\\b" + table + "\\b");
    }
  }

  @Test
  void oracleHoldsEveryGeneratedRecordAndTheAwkwardCases() throws SQLException {
    Connection h2 = oracle.connection();
    Map<String, List<JsonNode>> records = data.recordsByTable();
    for (Map.Entry<String, List<JsonNode>> table : records.entrySet()) {
      assertThat(Results.read(h2, "SELECT COUNT(*) FROM " + table.getKey()).rows())
          .as("rows of %s", table.getKey())
          .containsExactly(Integer.toString(table.getValue().size()));
    }
    // The data must keep exercising what the corpus relies on, whatever the seed.
    assertThat(count(h2, "donations WHERE mailing_address_city IS NULL")).isPositive();
    assertThat(count(h2, "donations WHERE transaction_gross_amount_value IS NULL")).isPositive();
    assertThat(count(h2, "donations WHERE transaction_net_amount_value < 0")).isPositive();
    assertThat(count(h2, "donations WHERE transaction_gross_amount_value >= 1000")).isPositive();
    assertThat(count(h2, "donations WHERE is_refunded")).isPositive();
    assertThat(count(h2, "donations WHERE donor_last_name LIKE '%''%'")).isPositive();
    assertThat(
            count(
                h2,
                "donations d WHERE NOT EXISTS (SELECT 1 FROM donations_items i"
                    + " WHERE i.transaction_id = d.transaction_id)"))
        .isPositive();
    assertThat(
            count(
                h2,
                "campaigns c WHERE NOT EXISTS (SELECT 1 FROM donations d"
                    + " WHERE d.campaign_id = c.id)"))
        .isPositive();
    assertThat(count(h2, "transaction_items_raffle_tickets")).isPositive();
    assertThat(
            count(
                h2,
                "donations WHERE transaction_created_date" + " = TIMESTAMP '2024-03-01 00:00:00'"))
        .isEqualTo(1);
  }

  private static long count(Connection connection, String from) throws SQLException {
    return Long.parseLong(Results.read(connection, "SELECT COUNT(*) FROM " + from).rows().get(0));
  }

  /** Reads {@code oracle/corpus.sql}. */
  static List<Query> readCorpus() {
    return readCorpus(CORPUS);
  }

  /**
   * Reads a corpus in the format this class's Javadoc describes from a test class path resource.
   */
  static List<Query> readCorpus(String resource) {
    InputStream in = DifferentialTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the test class path");
    }
    List<Query> queries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> label = new ArrayList<>();
      StringBuilder sql = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (sql.isEmpty() && trimmed.startsWith("--")) {
          label.add(trimmed.substring(2).strip());
          continue;
        }
        if (sql.isEmpty() && trimmed.isEmpty()) {
          label.clear();
          continue;
        }
        sql.append(sql.isEmpty() ? "" : "\n").append(line.stripTrailing());
        if (trimmed.endsWith(";")) {
          queries.add(query(String.join(" ", label), sql.substring(0, sql.length() - 1)));
          label.clear();
          sql.setLength(0);
        }
      }
      if (!sql.isEmpty()) {
        throw new IllegalStateException(resource + " ends inside a statement: " + sql);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return queries;
  }

  private static Query query(String label, String sql) {
    String text = label;
    boolean ordered = false;
    boolean empty = false;
    while (text.startsWith("[")) {
      String flag = text.substring(0, text.indexOf(']') + 1);
      switch (flag.toLowerCase(Locale.ROOT)) {
        case "[ordered]" -> ordered = true;
        case "[empty]" -> empty = true;
        default -> throw new IllegalStateException("unknown corpus flag " + flag + " in " + label);
      }
      text = text.substring(flag.length()).strip();
    }
    if (text.isEmpty()) {
      throw new IllegalStateException("corpus query without a label: " + sql);
    }
    return new Query(text, sql, ordered, empty);
  }

  private static boolean isChildOfLoaded(TableSpec table, Set<String> loaded) {
    return table.childArray().isPresent() && loaded.contains(table.foreignKeys().get(0).table());
  }
}
