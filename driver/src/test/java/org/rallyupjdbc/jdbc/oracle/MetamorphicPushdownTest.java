package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.Results;

/**
 * Metamorphic checks of pushdown, as SQLancer checks optimizers, over random predicates P against
 * the sandbox (whose listings apply the filters the driver sends):
 *
 * <ul>
 *   <li>Ternary logic partitioning: {@code COUNT(*)} equals the counts {@code WHERE P}, {@code
 *       WHERE NOT (P)} and {@code WHERE (P) IS NULL} added up. Each is planned on its own, so a
 *       conjunct pushed wrongly (sent as exact when the API is not, NULLs lost to an IN list, a
 *       date bound off by a day) makes the parts disagree with the whole.
 *   <li>NoREC: {@code COUNT(*) WHERE P} equals {@code SUM(CASE WHEN P THEN 1 ELSE 0 END)}, where P
 *       is evaluated above the scan and never pushed.
 *   <li>The same rows, as a multiset, from a connection with {@code pushdown=false}, which reads
 *       every table whole and evaluates P above the scan; for {@code donations}, also through its
 *       join with {@code donations_items}, which pushdown reads as one listing.
 *   <li>The same count on H2 over the sandbox's records.
 * </ul>
 *
 * <p>{@value #CASES} cases per build from a fixed seed; {@code -Drallyup.metamorphic.cases=N} and
 * {@code -Drallyup.metamorphic.seed=S} run more or others. A failure names its seed and SQL.
 */
class MetamorphicPushdownTest {
  private static final int CASES = 60;
  private static final List<String> TABLES = List.of("donations", "campaigns", "auction_bids");

  private static OrgSandbox sandbox;
  private static H2Oracle oracle;
  private static Connection driver;
  private static Connection whole;

  @BeforeAll
  static void start() throws Exception {
    sandbox = OrgSandbox.start(SandboxOptions.defaults());
    oracle = sandbox.oracle;
    driver = sandbox.connect(";pageSize=1000");
    whole = sandbox.connect(";pageSize=1000;pushdown=false");
  }

  @AfterAll
  static void stop() throws SQLException {
    try (Connection first = driver;
        Connection second = whole) {
      first.clearWarnings();
      second.clearWarnings();
    } finally {
      sandbox.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> partitionsAndUnpushedCountsAgree() throws SQLException {
    long seed = Long.getLong("rallyup.metamorphic.seed", 20_261_204L);
    int cases = Integer.getInteger("rallyup.metamorphic.cases", CASES);
    List<DynamicTest> tests = new ArrayList<>();
    int selective = 0;
    for (int i = 0; i < cases; i++) {
      String name = TABLES.get(i % TABLES.size());
      TableSpec table = Catalog.builtIn().schema("rallyup").orElseThrow().table(name).orElseThrow();
      long caseSeed = seed + i;
      String predicate =
          new PredicateGenerator(table, oracle.connection(), caseSeed).predicate(1 + i % 3);
      String what = "seed " + caseSeed + ": SELECT ... FROM " + name + " WHERE " + predicate;
      long rows =
          count(oracle.connection(), "SELECT COUNT(*) FROM " + name + " WHERE " + predicate);
      long total = count(oracle.connection(), "SELECT COUNT(*) FROM " + name);
      if (rows > 0 && rows < total) {
        selective++;
      }
      tests.add(DynamicTest.dynamicTest(what, () -> check(name, predicate, what)));
    }
    // predicates that keep all rows or none would make the checks moot
    assertThat(selective).as("predicates that keep some rows but not all").isGreaterThan(cases / 2);
    return tests.stream();
  }

  private static void check(String table, String p, String what) throws SQLException {
    String from = " FROM " + table;
    long all = count(driver, "SELECT COUNT(*)" + from);
    long where = count(driver, "SELECT COUNT(*)" + from + " WHERE " + p);
    long not = count(driver, "SELECT COUNT(*)" + from + " WHERE NOT (" + p + ")");
    long unknown = count(driver, "SELECT COUNT(*)" + from + " WHERE (" + p + ") IS NULL");
    assertThat(where + not + unknown)
        .as("TLP, %s: P, NOT P, P IS NULL add up to all", what)
        .isEqualTo(all);
    long unpushed =
        count(driver, "SELECT COALESCE(SUM(CASE WHEN " + p + " THEN 1 ELSE 0 END), 0)" + from);
    assertThat(where)
        .as("NoREC, %s: the predicate evaluated above the scan", what)
        .isEqualTo(unpushed);
    assertThat(where)
        .as("H2 over the same records, %s", what)
        .isEqualTo(count(oracle.connection(), "SELECT COUNT(*)" + from + " WHERE " + p));
    String rows = "SELECT " + columns(table) + from + " WHERE " + p;
    Results.read(driver, rows).assertSameAs(Results.read(whole, rows), false, "pushed, " + what);
    if (table.equals("donations") && what.hashCode() % 2 == 0) {
      String joined =
          "SELECT x.transaction_id, x.item_id FROM (SELECT d.*, i.item_id"
              + " FROM donations d JOIN donations_items i ON i.transaction_id = d.transaction_id)"
              + " x WHERE "
              + p;
      Results.read(driver, joined)
          .assertSameAs(Results.read(whole, joined), false, "joined, " + what);
    }
  }

  /** The key and the next few columns: enough to tell rows apart, cheap to decode. */
  private static String columns(String table) {
    TableSpec spec = Catalog.builtIn().schema("rallyup").orElseThrow().table(table).orElseThrow();
    return String.join(
        ", ",
        java.util.stream.Stream.concat(
                spec.primaryKey().stream(),
                spec.columns().stream()
                    .map(c -> c.name())
                    .filter(c -> !spec.primaryKey().contains(c)))
            .limit(4)
            .toList());
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
