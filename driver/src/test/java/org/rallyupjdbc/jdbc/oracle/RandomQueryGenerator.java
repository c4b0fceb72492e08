package org.rallyupjdbc.jdbc.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ForeignKeySpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Seeded random SELECT statements over the tables {@link TestDataset} loads, for {@link
 * RandomQueryTest}: projections of columns and simple expressions; WHERE trees of comparisons, IN,
 * BETWEEN, LIKE, IS [NOT] NULL, boolean tests and semi-joins under AND, OR and NOT; inner and LEFT
 * joins along the catalog's foreign keys, two or three tables; GROUP BY with COUNT, SUM, MIN, MAX
 * and rounded AVG, HAVING; DISTINCT; ORDER BY with LIMIT and OFFSET.
 *
 * <p>Every expression is chosen from the catalog's column types, so each query is valid SQL on both
 * engines, and every literal is a value the column really holds (read from H2 once per column), so
 * filters find rows. The constructs {@link DifferentialTest}'s Javadoc lists as engine differences
 * are never generated: no text literals in CASE results, AVG only as {@code ROUND(AVG(CAST(x AS
 * DECIMAL(19, 6))), 2)}, no division of DECIMAL values, no CAST of DECIMAL to text, no
 * EXTRACT(WEEK), no TIMESTAMPDIFF, no FULL JOIN, ROLLUP or USING, no backslash in a LIKE pattern,
 * no DOUBLE arithmetic.
 *
 * <p>A query is {@link GeneratedQuery#ordered() ordered} only when its ORDER BY is a total order of
 * its result (it ends with the primary keys of every table read, or with every output column), and
 * only such a query has LIMIT or OFFSET.
 */
final class RandomQueryGenerator {
  /** The system property that overrides the seed, to reproduce a failing run. */
  static final String SEED_PROPERTY = "rallyup.random.seed";

  /** The seed of every build unless {@link #SEED_PROPERTY} says otherwise. */
  static final long DEFAULT_SEED = 5_150_417L;

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  /** A group key is chosen among columns with at most this many distinct values, mostly. */
  private static final int FEW_VALUES = 40;

  /** What a generated query exercises, for the test that the generator covers every shape. */
  enum Feature {
    SINGLE_TABLE,
    INNER_JOIN,
    LEFT_JOIN,
    PARENT_LEFT_JOIN,
    THREE_TABLES,
    JOIN_ON_FILTER,
    WHERE,
    AND,
    OR,
    NOT,
    COMPARISON,
    COLUMN_COMPARISON,
    MIXED_TYPE_COMPARISON,
    EXPRESSION_COMPARISON,
    IS_NULL,
    IS_NOT_NULL,
    IN_LIST,
    NOT_IN_LIST,
    NULL_IN_LIST,
    BETWEEN,
    LIKE,
    NOT_LIKE,
    BOOLEAN_TEST,
    SEMI_JOIN,
    EXPRESSION,
    SELECT_STAR,
    DISTINCT,
    GROUP_BY,
    GROUP_BY_EXPRESSION,
    GLOBAL_AGGREGATE,
    HAVING,
    COUNT,
    COUNT_DISTINCT,
    SUM,
    MIN_MAX,
    AVG,
    CONDITIONAL_AGGREGATE,
    ORDER_BY_TOTAL,
    ORDER_BY_PARTIAL,
    NULLS_ORDER,
    LIMIT,
    OFFSET
  }

  /**
   * One generated statement.
   *
   * @param index its position in the generated list, from 1
   * @param seed the seed of the generator that made it
   * @param sql the statement, on one line
   * @param ordered whether its ORDER BY is a total order, so row order is compared
   * @param features what it exercises
   */
  record GeneratedQuery(int index, long seed, String sql, boolean ordered, Set<Feature> features) {
    GeneratedQuery {
      features = Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    /** The display name: index, seed and SQL. */
    String name() {
      return "#" + index + " [seed " + seed + "] " + sql;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** Value kinds, from the catalog types, that decide which expressions a column admits. */
  private enum Kind {
    INTEGRAL,
    DECIMAL,
    TEXT,
    TIMESTAMP,
    DATE,
    BOOLEAN,
    JSON;

    boolean numeric() {
      return this == INTEGRAL || this == DECIMAL;
    }

    boolean orderable() {
      return numeric() || this == TEXT || this == TIMESTAMP || this == DATE;
    }

    static Kind of(ColumnSpec column) {
      return switch (column.type()) {
        case BIGINT, INTEGER -> INTEGRAL;
        case DECIMAL -> DECIMAL;
        case BOOLEAN -> BOOLEAN;
        case VARCHAR -> TEXT;
        case TIMESTAMP -> TIMESTAMP;
        case JSON -> JSON;
      };
    }
  }

  /** A table in a FROM clause under an alias. */
  private record Ref(String alias, TableSpec table, boolean outerNullable) {}

  /** A column of a table in a FROM clause. */
  private record Col(Ref ref, ColumnSpec spec) {
    String sql() {
      return ref.alias() + "." + spec.name();
    }

    Kind kind() {
      return Kind.of(spec);
    }

    boolean nullable() {
      return spec.nullable() || ref.outerNullable();
    }
  }

  /** A typed SQL expression. */
  private record Expr(String sql, Kind kind) {}

  /**
   * A FROM clause.
   *
   * @param sql its text, after {@code FROM}
   * @param columns every column of every table it reads
   * @param keys columns that identify a row of it, or empty when some table has no primary key
   */
  private record From(String sql, List<Col> columns, List<String> keys) {}

  /** A foreign key of a loaded table to a loaded table. */
  private record Edge(TableSpec child, ForeignKeySpec key, TableSpec parent) {}

  private final long seed;
  private final Random random;
  private final Map<String, TableSpec> tables;
  private final List<Edge> edges;
  private final Map<String, Map<String, List<Object>>> values;

  /** Whether the atom being made may be a semi-join: only in WHERE, at most two per query. */
  private boolean semiJoinAllowed;

  /** Subqueries begun for the current query, naming their aliases s1, s2, ... */
  private int subqueries;

  private RandomQueryGenerator(
      long seed,
      Map<String, TableSpec> tables,
      List<Edge> edges,
      Map<String, Map<String, List<Object>>> values) {
    this.seed = seed;
    this.random = new Random(seed);
    this.tables = tables;
    this.edges = edges;
    this.values = values;
  }

  /** The seed from {@link #SEED_PROPERTY}, else {@link #DEFAULT_SEED}. */
  static long configuredSeed() {
    String text = System.getProperty(SEED_PROPERTY, "").strip();
    return text.isEmpty() ? DEFAULT_SEED : Long.parseLong(text);
  }

  /**
   * A generator over these tables, with each column's distinct non-null values read from H2.
   *
   * @param h2 the oracle's connection, holding the same rows the driver serves
   * @param tables the tables to query, all loaded into H2
   * @param seed the random seed; the same seed and data give the same queries
   */
  static RandomQueryGenerator create(Connection h2, List<TableSpec> tables, long seed)
      throws SQLException {
    Map<String, TableSpec> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    List<Edge> edges = new ArrayList<>();
    for (TableSpec table : tables) {
      for (ForeignKeySpec key : table.foreignKeys()) {
        TableSpec parent = byName.get(key.table());
        if (parent != null) {
          edges.add(new Edge(table, key, parent));
        }
      }
    }
    Map<String, Map<String, List<Object>>> values = new LinkedHashMap<>();
    try (Statement statement = h2.createStatement()) {
      for (TableSpec table : tables) {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (ColumnSpec column : table.columns()) {
          columns.put(column.name(), distinctValues(statement, table, column));
        }
        values.put(table.name(), columns);
      }
    }
    return new RandomQueryGenerator(seed, byName, edges, values);
  }

  private static List<Object> distinctValues(
      Statement statement, TableSpec table, ColumnSpec column) throws SQLException {
    String sql =
        "SELECT DISTINCT "
            + column.name()
            + " FROM "
            + table.name()
            + " WHERE "
            + column.name()
            + " IS NOT NULL ORDER BY 1";
    List<Object> found = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        found.add(
            switch (Kind.of(column)) {
              case INTEGRAL -> rows.getLong(1);
              case DECIMAL -> rows.getBigDecimal(1);
              case BOOLEAN -> rows.getBoolean(1);
              case TEXT, JSON -> rows.getString(1);
              case TIMESTAMP -> rows.getObject(1, LocalDateTime.class);
              case DATE -> throw new IllegalStateException("no DATE columns in the catalog");
            });
      }
    }
    return List.copyOf(found);
  }

  /** The next {@code count} queries. */
  List<GeneratedQuery> generate(int count) {
    List<GeneratedQuery> queries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      queries.add(next(i));
    }
    return queries;
  }

  private GeneratedQuery next(int index) {
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    subqueries = 0;
    From from = from(features);
    if (chance(38)) {
      return aggregate(index, from, features);
    }
    return plain(index, from, features);
  }

  // ------------------------------------------------------------------------------------ FROM

  private From from(Set<Feature> features) {
    int shape = random.nextInt(100);
    if (shape < 42 || edges.isEmpty()) {
      features.add(Feature.SINGLE_TABLE);
      TableSpec table = pick(List.copyOf(tables.values()));
      Ref ref = new Ref("t1", table, false);
      return new From(table.name() + " t1", columnsOf(ref), keysOf(List.of(ref)));
    }
    if (shape < 72) {
      // child to parent: many-to-one, inner or LEFT
      Edge edge = pick(edges);
      boolean left = random.nextBoolean();
      features.add(left ? Feature.LEFT_JOIN : Feature.INNER_JOIN);
      Ref child = new Ref("t1", edge.child(), false);
      Ref parent = new Ref("t2", edge.parent(), left);
      String sql =
          edge.child().name()
              + " t1 "
              + (left ? "LEFT JOIN " : "JOIN ")
              + edge.parent().name()
              + " t2 ON "
              + on(edge, "t1", "t2")
              + (left ? onFilter(parent, features) : "");
      return from(sql, child, parent);
    }
    if (shape < 91) {
      // parent LEFT JOIN child: keeps the parents without children
      Edge edge = pick(edges);
      features.add(Feature.PARENT_LEFT_JOIN);
      features.add(Feature.LEFT_JOIN);
      Ref parent = new Ref("t1", edge.parent(), false);
      Ref child = new Ref("t2", edge.child(), true);
      String sql =
          edge.parent().name()
              + " t1 LEFT JOIN "
              + edge.child().name()
              + " t2 ON "
              + on(edge, "t2", "t1")
              + onFilter(child, features);
      return from(sql, parent, child);
    }
    // three tables along two foreign keys: child -> parent -> grandparent
    List<Edge[]> chains = new ArrayList<>();
    for (Edge first : edges) {
      for (Edge second : edges) {
        if (second.child().name().equals(first.parent().name())) {
          chains.add(new Edge[] {first, second});
        }
      }
    }
    if (chains.isEmpty()) {
      throw new IllegalStateException("no two foreign keys form a chain among " + tables.keySet());
    }
    Edge[] chain = pick(chains);
    boolean firstLeft = random.nextBoolean();
    boolean secondLeft = firstLeft || random.nextBoolean();
    features.add(Feature.THREE_TABLES);
    features.add(firstLeft || secondLeft ? Feature.LEFT_JOIN : Feature.INNER_JOIN);
    Ref a = new Ref("t1", chain[0].child(), false);
    Ref b = new Ref("t2", chain[0].parent(), firstLeft);
    Ref c = new Ref("t3", chain[1].parent(), secondLeft);
    String sql =
        chain[0].child().name()
            + " t1 "
            + (firstLeft ? "LEFT JOIN " : "JOIN ")
            + chain[0].parent().name()
            + " t2 ON "
            + on(chain[0], "t1", "t2")
            + (secondLeft ? " LEFT JOIN " : " JOIN ")
            + chain[1].parent().name()
            + " t3 ON "
            + on(chain[1], "t2", "t3");
    return from(sql, a, b, c);
  }

  private From from(String sql, Ref... refs) {
    List<Col> columns = new ArrayList<>();
    for (Ref ref : refs) {
      columns.addAll(columnsOf(ref));
    }
    return new From(sql, columns, keysOf(List.of(refs)));
  }

  private static String on(Edge edge, String childAlias, String parentAlias) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < edge.key().columns().size(); i++) {
      parts.add(
          childAlias
              + "."
              + edge.key().columns().get(i)
              + " = "
              + parentAlias
              + "."
              + edge.key().referencedColumns().get(i));
    }
    return String.join(" AND ", parts);
  }

  /** Sometimes a condition on the outer side of a LEFT JOIN, in its ON clause. */
  private String onFilter(Ref outer, Set<Feature> features) {
    if (!chance(25)) {
      return "";
    }
    features.add(Feature.JOIN_ON_FILTER);
    return " AND " + atom(columnsOf(new Ref(outer.alias(), outer.table(), false)), features);
  }

  private static List<Col> columnsOf(Ref ref) {
    return ref.table().columns().stream().map(c -> new Col(ref, c)).toList();
  }

  private static List<String> keysOf(List<Ref> refs) {
    List<String> keys = new ArrayList<>();
    for (Ref ref : refs) {
      if (ref.table().primaryKey().isEmpty()) {
        return List.of();
      }
      ref.table().primaryKey().forEach(k -> keys.add(ref.alias() + "." + k));
    }
    return keys;
  }

  // ------------------------------------------------------------------------------------ plain

  private GeneratedQuery plain(int index, From from, Set<Feature> features) {
    List<Expr> items = new ArrayList<>();
    boolean star = from.sql().endsWith(" t1") && chance(12);
    boolean distinct = !star && chance(15);
    if (star) {
      features.add(Feature.SELECT_STAR);
      from.columns().forEach(c -> items.add(new Expr(c.sql(), c.kind())));
    } else {
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        items.add(projection(from.columns(), features));
      }
    }
    if (distinct) {
      features.add(Feature.DISTINCT);
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(distinct ? "DISTINCT " : "");
    sql.append(star ? "*" : items.stream().map(Expr::sql).collect(Collectors.joining(", ")));
    sql.append(" FROM ").append(from.sql());
    where(sql, from.columns(), features);

    boolean ordered = false;
    int order = random.nextInt(100);
    if (order >= 35 && order < 50) {
      // a partial order: compared as a multiset, never limited
      features.add(Feature.ORDER_BY_PARTIAL);
      List<String> keys = new ArrayList<>();
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        keys.add(sortKey(items, from.columns(), distinct, features));
      }
      sql.append(" ORDER BY ").append(String.join(", ", keys));
    } else if (order >= 50) {
      features.add(Feature.ORDER_BY_TOTAL);
      ordered = true;
      List<String> keys = new ArrayList<>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        keys.add(sortKey(items, from.columns(), distinct, features));
      }
      if (distinct || from.keys().isEmpty()) {
        // every output column: equal rows are indistinguishable, so the order is total
        IntStream.rangeClosed(1, items.size()).forEach(i -> keys.add(direction(i + "", features)));
      } else {
        from.keys().forEach(k -> keys.add(direction(k, features)));
      }
      sql.append(" ORDER BY ").append(String.join(", ", keys));
      if (chance(55)) {
        sql.append(limit(features));
      }
    }
    return new GeneratedQuery(index, seed, sql.toString(), ordered, features);
  }

  private Expr projection(List<Col> scope, Set<Feature> features) {
    Col c = pick(scope);
    if (chance(62)) {
      return new Expr(c.sql(), c.kind());
    }
    features.add(Feature.EXPRESSION);
    String x = c.sql();
    if (chance(6)) {
      return new Expr("CASE WHEN " + atom(scope, features) + " THEN 1 ELSE 0 END", Kind.INTEGRAL);
    }
    return switch (c.kind()) {
      case INTEGRAL ->
          switch (random.nextInt(8)) {
            case 0 -> new Expr(x + " + " + (1 + random.nextInt(100)), Kind.INTEGRAL);
            case 1 -> new Expr(x + " * " + (2 + random.nextInt(5)), Kind.INTEGRAL);
            case 2 -> new Expr(x + " / " + (2 + random.nextInt(8)), Kind.INTEGRAL);
            case 3 -> new Expr("MOD(" + x + ", " + (2 + random.nextInt(8)) + ")", Kind.INTEGRAL);
            case 4 -> new Expr("ABS(" + x + " - " + sampleLiteral(c) + ")", Kind.INTEGRAL);
            case 5 -> new Expr("COALESCE(" + x + ", 0)", Kind.INTEGRAL);
            case 6 -> new Expr("CAST(" + x + " AS VARCHAR)", Kind.TEXT);
            default -> new Expr(otherNumeric(scope, c, x, " + "), Kind.DECIMAL);
          };
      case DECIMAL ->
          switch (random.nextInt(9)) {
            case 0 -> new Expr(x + " + 1.5", Kind.DECIMAL);
            case 1 -> new Expr(x + " * 2", Kind.DECIMAL);
            case 2 -> new Expr("-" + x, Kind.DECIMAL);
            case 3 -> new Expr("ABS(" + x + ")", Kind.DECIMAL);
            case 4 -> new Expr("FLOOR(" + x + ")", Kind.DECIMAL);
            case 5 -> new Expr("CEIL(" + x + ")", Kind.DECIMAL);
            case 6 -> new Expr("ROUND(" + x + ", " + random.nextInt(2) + ")", Kind.DECIMAL);
            case 7 -> new Expr("COALESCE(" + x + ", 0)", Kind.DECIMAL);
            default ->
                new Expr(
                    otherNumeric(scope, c, x, pick(List.of(" - ", " + ", " * "))), Kind.DECIMAL);
          };
      case TEXT ->
          switch (random.nextInt(9)) {
            case 0 -> new Expr("UPPER(" + x + ")", Kind.TEXT);
            case 1 -> new Expr("LOWER(" + x + ")", Kind.TEXT);
            case 2 -> new Expr("CHAR_LENGTH(" + x + ")", Kind.INTEGRAL);
            case 3 ->
                new Expr(
                    "SUBSTRING("
                        + x
                        + " FROM "
                        + (1 + random.nextInt(4))
                        + " FOR "
                        + (1 + random.nextInt(6))
                        + ")",
                    Kind.TEXT);
            case 4 -> new Expr("TRIM(" + x + ")", Kind.TEXT);
            case 5 -> new Expr("COALESCE(" + x + ", 'n/a')", Kind.TEXT);
            case 6 -> new Expr("POSITION('a' IN " + x + ")", Kind.INTEGRAL);
            default -> {
              Col other = pick(scope, o -> o.kind() == Kind.TEXT);
              yield new Expr(x + " || ' ' || " + other.sql(), Kind.TEXT);
            }
          };
      case TIMESTAMP ->
          switch (random.nextInt(6)) {
            case 0 -> new Expr("CAST(" + x + " AS DATE)", Kind.DATE);
            case 1 ->
                new Expr(
                    "EXTRACT("
                        + pick(List.of("YEAR", "QUARTER", "MONTH", "DAY", "HOUR", "MINUTE"))
                        + " FROM "
                        + x
                        + ")",
                    Kind.INTEGRAL);
            case 2 ->
                new Expr(x + " + INTERVAL '" + (1 + random.nextInt(40)) + "' DAY", Kind.TIMESTAMP);
            case 3 ->
                new Expr(x + " - INTERVAL '" + (1 + random.nextInt(30)) + "' HOUR", Kind.TIMESTAMP);
            case 4 ->
                new Expr(
                    x + " + INTERVAL '" + (1 + random.nextInt(90)) + "' MINUTE", Kind.TIMESTAMP);
            default -> new Expr("EXTRACT(YEAR FROM " + x + ")", Kind.INTEGRAL);
          };
      case BOOLEAN ->
          switch (random.nextInt(4)) {
            case 0 -> new Expr("NOT " + x, Kind.BOOLEAN);
            case 1 -> new Expr(x + " IS NULL", Kind.BOOLEAN);
            case 2 -> new Expr(x + " IS NOT TRUE", Kind.BOOLEAN);
            default -> new Expr("COALESCE(" + x + ", FALSE)", Kind.BOOLEAN);
          };
      case JSON -> new Expr(x + " IS NULL", Kind.BOOLEAN);
      case DATE -> throw new IllegalStateException("no DATE columns in the catalog");
    };
  }

  /** {@code x op y} for another numeric column y of the scope (exact arithmetic only). */
  private String otherNumeric(List<Col> scope, Col c, String x, String op) {
    Col other = pick(scope, o -> o.kind().numeric() && o != c);
    return x + op + (other == null ? "2" : other.sql());
  }

  private String sortKey(List<Expr> items, List<Col> scope, boolean distinct, Set<Feature> f) {
    if (distinct || chance(40)) {
      return direction(Integer.toString(1 + random.nextInt(items.size())), f);
    }
    Col c = pick(scope, o -> o.kind() != Kind.JSON);
    return direction(c.sql(), f);
  }

  private String direction(String key, Set<Feature> features) {
    String text = key + pick(List.of("", "", " ASC", " DESC", " DESC"));
    if (chance(25)) {
      features.add(Feature.NULLS_ORDER);
      text += random.nextBoolean() ? " NULLS FIRST" : " NULLS LAST";
    }
    return text;
  }

  private String limit(Set<Feature> features) {
    int rows = 1 + random.nextInt(25);
    int skip = 1 + random.nextInt(12);
    features.add(Feature.LIMIT);
    return switch (random.nextInt(5)) {
      case 0 -> " LIMIT " + rows;
      case 1 -> {
        features.add(Feature.OFFSET);
        yield " LIMIT " + rows + " OFFSET " + skip;
      }
      case 2 -> {
        features.add(Feature.OFFSET);
        yield " OFFSET " + skip + " ROWS FETCH NEXT " + rows + " ROWS ONLY";
      }
      case 3 -> " FETCH FIRST " + rows + " ROWS ONLY";
      default -> {
        features.add(Feature.OFFSET);
        features.remove(Feature.LIMIT);
        yield " OFFSET " + skip + " ROWS";
      }
    };
  }

  // ------------------------------------------------------------------------------------ WHERE

  private void where(StringBuilder sql, List<Col> scope, Set<Feature> features) {
    if (!chance(78)) {
      return;
    }
    features.add(Feature.WHERE);
    int depth = chance(50) ? 0 : chance(70) ? 1 : 2;
    semiJoinAllowed = true;
    try {
      sql.append(" WHERE ").append(predicate(scope, depth, features));
    } finally {
      semiJoinAllowed = false;
    }
  }

  private String predicate(List<Col> scope, int depth, Set<Feature> features) {
    if (depth == 0 || chance(30)) {
      return atom(scope, features);
    }
    int shape = random.nextInt(10);
    if (shape < 2) {
      features.add(Feature.NOT);
      return "NOT (" + predicate(scope, depth - 1, features) + ")";
    }
    boolean and = shape < 6;
    features.add(and ? Feature.AND : Feature.OR);
    return "("
        + predicate(scope, depth - 1, features)
        + (and ? " AND " : " OR ")
        + predicate(scope, depth - 1, features)
        + ")";
  }

  /** One condition on a column of the scope. */
  private String atom(List<Col> scope, Set<Feature> features) {
    while (true) {
      Col c = pick(scope);
      String atom = atomOn(c, scope, features);
      if (atom != null) {
        return atom;
      }
    }
  }

  private String atomOn(Col c, List<Col> scope, Set<Feature> features) {
    String x = c.sql();
    List<Object> sample = values(c);
    if (c.nullable() && (sample.isEmpty() || chance(12))) {
      boolean isNull = random.nextBoolean();
      features.add(isNull ? Feature.IS_NULL : Feature.IS_NOT_NULL);
      return x + (isNull ? " IS NULL" : " IS NOT NULL");
    }
    if (sample.isEmpty()) {
      return null;
    }
    if (semiJoinAllowed && subqueries < 2 && chance(50)) {
      String semi = semiJoin(c, features);
      if (semi != null) {
        return semi;
      }
    }
    Kind kind = c.kind();
    if (kind == Kind.BOOLEAN) {
      features.add(Feature.BOOLEAN_TEST);
      return pick(
          List.of(
              x,
              "NOT " + x,
              x + " IS TRUE",
              x + " IS NOT TRUE",
              x + " IS FALSE",
              x + " IS NOT FALSE",
              x + " = " + random.nextBoolean(),
              x + " <> " + random.nextBoolean()));
    }
    if (kind == Kind.JSON) {
      features.add(Feature.COMPARISON);
      return x + pick(List.of(" = ", " <> ")) + literal(pick(sample), kind);
    }
    int shape = random.nextInt(100);
    if (shape < 34) {
      features.add(Feature.COMPARISON);
      Object value = pick(sample);
      if (kind == Kind.INTEGRAL && chance(40)) {
        // a DECIMAL literal against an integer column, integral or not
        features.add(Feature.MIXED_TYPE_COMPARISON);
        return x + " " + comparison() + " " + value + (random.nextBoolean() ? ".0" : ".5");
      }
      return x + " " + comparison() + " " + literal(value, kind);
    }
    if (shape < 48) {
      int count = 1 + random.nextInt(Math.min(5, sample.size()));
      Set<String> list = new LinkedHashSet<>();
      for (int i = 0; i < count; i++) {
        list.add(literal(pick(sample), kind));
      }
      if ((kind == Kind.INTEGRAL || kind == Kind.TEXT) && chance(25)) {
        // x IN (.., NULL) is never FALSE, x NOT IN (.., NULL) never TRUE
        features.add(Feature.NULL_IN_LIST);
        list.add("NULL");
      }
      boolean not = chance(30);
      features.add(not ? Feature.NOT_IN_LIST : Feature.IN_LIST);
      return x + (not ? " NOT IN (" : " IN (") + String.join(", ", list) + ")";
    }
    if (shape < 60) {
      int i = random.nextInt(sample.size());
      int j = i + random.nextInt(sample.size() - i);
      boolean not = chance(25);
      features.add(Feature.BETWEEN);
      return x
          + (not ? " NOT BETWEEN " : " BETWEEN ")
          + literal(sample.get(i), kind)
          + " AND "
          + literal(sample.get(j), kind);
    }
    if (shape < 78 && kind == Kind.TEXT) {
      return like(x, (String) pick(sample), features);
    }
    if (shape < 90) {
      features.add(Feature.EXPRESSION_COMPARISON);
      return expressionComparison(x, kind, pick(sample));
    }
    Col other = pick(scope, o -> o != c && comparable(o.kind(), kind) && !values(o).isEmpty());
    if (other == null) {
      features.add(Feature.COMPARISON);
      return x + " " + comparison() + " " + literal(pick(sample), kind);
    }
    features.add(Feature.COLUMN_COMPARISON);
    return x + " " + comparison() + " " + other.sql();
  }

  private static boolean comparable(Kind a, Kind b) {
    return (a.numeric() && b.numeric()) || (a == b && a.orderable());
  }

  private String comparison() {
    return pick(List.of("=", "<>", "<", "<=", ">", ">="));
  }

  private String like(String x, String value, Set<Feature> features) {
    // Calcite has no default escape character and H2's is the backslash: keep it out.
    String text = value.replace('\\', '_');
    String pattern;
    int n = text.length();
    switch (random.nextInt(5)) {
      case 0 -> pattern = text.substring(0, Math.min(n, 1 + random.nextInt(3))) + "%";
      case 1 -> pattern = "%" + text.substring(Math.max(0, n - 1 - random.nextInt(3)));
      case 2 -> {
        int from = n == 0 ? 0 : random.nextInt(n);
        pattern = "%" + text.substring(from, Math.min(n, from + 1 + random.nextInt(3))) + "%";
      }
      case 3 -> {
        char[] chars = text.toCharArray();
        for (int k = 0; k < 2 && n > 0; k++) {
          chars[random.nextInt(n)] = '_';
        }
        pattern = new String(chars);
      }
      default -> pattern = text.substring(0, Math.min(n, 2)) + "_%";
    }
    boolean not = chance(30);
    features.add(not ? Feature.NOT_LIKE : Feature.LIKE);
    return x + (not ? " NOT LIKE " : " LIKE ") + literal(pattern, Kind.TEXT);
  }

  /** A function of the column compared with the same function of a value it holds. */
  private String expressionComparison(String x, Kind kind, Object value) {
    String op = comparison();
    return switch (kind) {
      case INTEGRAL -> {
        long v = (Long) value;
        int k = 1 + random.nextInt(9);
        yield switch (random.nextInt(3)) {
          case 0 -> x + " + " + k + " " + op + " " + (v + k);
          case 1 -> "MOD(" + x + ", " + (k + 1) + ") = " + Math.floorMod(v, k + 1);
          default -> x + " * 2 " + op + " " + v * 2;
        };
      }
      case DECIMAL -> {
        BigDecimal v = (BigDecimal) value;
        yield switch (random.nextInt(3)) {
          case 0 -> x + " * 2 " + op + " " + v.multiply(BigDecimal.valueOf(2)).toPlainString();
          case 1 -> "FLOOR(" + x + ") " + op + " " + v.setScale(0, RoundingMode.FLOOR);
          default -> "ABS(" + x + ") " + op + " " + v.abs().toPlainString();
        };
      }
      case TEXT -> {
        String v = (String) value;
        yield switch (random.nextInt(5)) {
          case 0 -> "CHAR_LENGTH(" + x + ") " + op + " " + v.length();
          case 1 -> "UPPER(" + x + ") = " + literal(v.toUpperCase(Locale.ROOT), Kind.TEXT);
          case 2 -> "LOWER(" + x + ") " + op + " " + literal(v.toLowerCase(Locale.ROOT), Kind.TEXT);
          case 3 -> {
            int n = Math.min(v.length(), 1 + random.nextInt(4));
            yield "SUBSTRING("
                + x
                + " FROM 1 FOR "
                + n
                + ") = "
                + literal(v.substring(0, n), Kind.TEXT);
          }
          default -> "TRIM(" + x + ") = " + literal(v.strip(), Kind.TEXT);
        };
      }
      case TIMESTAMP -> {
        LocalDateTime v = (LocalDateTime) value;
        yield switch (random.nextInt(5)) {
          case 0 -> "EXTRACT(YEAR FROM " + x + ") " + op + " " + v.getYear();
          case 1 -> "EXTRACT(MONTH FROM " + x + ") " + op + " " + v.getMonthValue();
          case 2 -> "CAST(" + x + " AS DATE) " + op + " DATE '" + v.toLocalDate() + "'";
          case 3 -> x + " " + op + " DATE '" + v.toLocalDate() + "'";
          default -> x + " + INTERVAL '1' DAY " + op + " " + literal(v.plusDays(1), Kind.TIMESTAMP);
        };
      }
      case BOOLEAN, JSON, DATE -> throw new IllegalStateException("no expression for " + kind);
    };
  }

  /**
   * {@code x IN (SELECT key FROM parent WHERE ...)} for a foreign key column, or {@code EXISTS
   * (SELECT 1 FROM child WHERE child.fk = x AND ...)} for a referenced key column; null when the
   * column is neither.
   */
  private String semiJoin(Col c, Set<Feature> features) {
    List<String> options = new ArrayList<>();
    subqueries++;
    String alias = "s" + subqueries;
    for (Edge edge : edges) {
      if (edge.key().columns().size() != 1) {
        continue;
      }
      String fk = edge.key().columns().get(0);
      String pk = edge.key().referencedColumns().get(0);
      if (edge.child().name().equals(c.ref().table().name()) && fk.equals(c.spec().name())) {
        Ref sub = new Ref(alias, edge.parent(), false);
        options.add(
            c.sql()
                + (chance(25) ? " NOT IN" : " IN")
                + " (SELECT "
                + alias
                + "."
                + pk
                + " FROM "
                + edge.parent().name()
                + " "
                + alias
                + " WHERE "
                + atom(columnsOf(sub), features)
                + ")");
      }
      if (edge.parent().name().equals(c.ref().table().name()) && pk.equals(c.spec().name())) {
        Ref sub = new Ref(alias, edge.child(), false);
        options.add(
            (chance(25) ? "NOT " : "")
                + "EXISTS (SELECT 1 FROM "
                + edge.child().name()
                + " "
                + alias
                + " WHERE "
                + alias
                + "."
                + fk
                + " = "
                + c.sql()
                + " AND "
                + atom(columnsOf(sub), features)
                + ")");
      }
    }
    if (options.isEmpty()) {
      return null;
    }
    features.add(Feature.SEMI_JOIN);
    return pick(options);
  }

  // ------------------------------------------------------------------------------------ GROUP BY

  private GeneratedQuery aggregate(int index, From from, Set<Feature> features) {
    List<Col> scope = from.columns();
    int keyCount = chance(18) ? 0 : chance(55) ? 1 : 2;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < keyCount; i++) {
      String key = groupKey(scope, features);
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    List<String> aggregates = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      aggregates.add(aggregateCall(scope, features));
    }
    List<String> items = new ArrayList<>(keys);
    items.addAll(aggregates);
    StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", items));
    sql.append(" FROM ").append(from.sql());
    where(sql, scope, features);
    if (keys.isEmpty()) {
      features.add(Feature.GLOBAL_AGGREGATE);
    } else {
      features.add(Feature.GROUP_BY);
      sql.append(" GROUP BY ").append(String.join(", ", keys));
    }
    if (chance(keys.isEmpty() ? 8 : 35)) {
      features.add(Feature.HAVING);
      String having = having(scope);
      if (chance(20)) {
        having = "(" + having + (random.nextBoolean() ? " AND " : " OR ") + having(scope) + ")";
      }
      sql.append(" HAVING ").append(having);
    }
    // a global aggregate has one row at most: any order is total
    boolean ordered = keys.isEmpty();
    int order = random.nextInt(100);
    if (!keys.isEmpty() && order < 10) {
      features.add(Feature.ORDER_BY_PARTIAL);
      sql.append(" ORDER BY ").append(direction(Integer.toString(keys.size() + 1), features));
    } else if (!keys.isEmpty() && order >= 45) {
      features.add(Feature.ORDER_BY_TOTAL);
      ordered = true;
      List<String> sort = new ArrayList<>();
      if (chance(35)) {
        int aggregate = keys.size() + 1 + random.nextInt(aggregates.size());
        sort.add(direction(Integer.toString(aggregate), features));
      }
      // distinct groups differ in their keys: ordering by every key is total
      for (int i = 1; i <= keys.size(); i++) {
        sort.add(direction(Integer.toString(i), features));
      }
      sql.append(" ORDER BY ").append(String.join(", ", sort));
      if (chance(50)) {
        sql.append(limit(features));
      }
    }
    return new GeneratedQuery(index, seed, sql.toString(), ordered, features);
  }

  private String groupKey(List<Col> scope, Set<Feature> features) {
    Col c =
        chance(80)
            ? pick(
                scope,
                o ->
                    o.kind() != Kind.JSON && values(o).size() <= FEW_VALUES && !values(o).isEmpty())
            : null;
    if (c == null) {
      c = pick(scope, o -> o.kind() != Kind.JSON);
    }
    String x = c.sql();
    if (chance(70)) {
      return x;
    }
    features.add(Feature.GROUP_BY_EXPRESSION);
    return switch (c.kind()) {
      case INTEGRAL -> "MOD(" + x + ", " + (2 + random.nextInt(5)) + ")";
      case DECIMAL -> "FLOOR(" + x + ")";
      case TEXT ->
          pick(
              List.of(
                  "UPPER(" + x + ")",
                  "SUBSTRING(" + x + " FROM 1 FOR 1)",
                  "CHAR_LENGTH(" + x + ")"));
      case TIMESTAMP ->
          pick(
              List.of(
                  "EXTRACT(YEAR FROM " + x + ")",
                  "EXTRACT(MONTH FROM " + x + ")",
                  "CAST(" + x + " AS DATE)"));
      case BOOLEAN -> x + " IS NULL";
      case JSON, DATE -> throw new IllegalStateException("no group key for " + c.kind());
    };
  }

  private String aggregateCall(List<Col> scope, Set<Feature> features) {
    int shape = random.nextInt(100);
    if (shape < 16) {
      features.add(Feature.COUNT);
      return "COUNT(*)";
    }
    if (shape < 26) {
      features.add(Feature.COUNT);
      return "COUNT(" + pick(scope).sql() + ")";
    }
    if (shape < 36) {
      features.add(Feature.COUNT_DISTINCT);
      return "COUNT(DISTINCT " + pick(scope).sql() + ")";
    }
    if (shape < 54) {
      Col c = pick(scope, o -> o.kind().numeric());
      if (c != null) {
        features.add(Feature.SUM);
        return "SUM(" + c.sql() + ")";
      }
    }
    if (shape < 74) {
      Col c = pick(scope, o -> o.kind().orderable());
      features.add(Feature.MIN_MAX);
      if (chance(20) && c.kind() == Kind.TEXT) {
        return pick(List.of("MIN(", "MAX(")) + "CHAR_LENGTH(" + c.sql() + "))";
      }
      return pick(List.of("MIN(", "MAX(")) + c.sql() + ")";
    }
    if (shape < 88) {
      Col c = pick(scope, o -> o.kind().numeric());
      if (c != null) {
        features.add(Feature.AVG);
        return "ROUND(AVG(CAST(" + c.sql() + " AS DECIMAL(19, 6))), 2)";
      }
    }
    features.add(Feature.CONDITIONAL_AGGREGATE);
    EnumSet<Feature> ignored = EnumSet.noneOf(Feature.class);
    String condition = atom(scope, ignored);
    return chance(50)
        ? "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)"
        : "COUNT(*) FILTER (WHERE " + condition + ")";
  }

  private String having(List<Col> scope) {
    if (chance(45)) {
      return "COUNT(*) " + pick(List.of(">", ">=", "<")) + " " + (1 + random.nextInt(4));
    }
    Col c = pick(scope, o -> o.kind().orderable() && !values(o).isEmpty());
    List<Object> sample = values(c);
    // MAX at least a value of the lower half, MIN at most one of the upper half: common
    int lower = random.nextInt(Math.max(1, sample.size() / 2));
    if (c.kind().numeric() && chance(40)) {
      return "SUM(" + c.sql() + ") >= " + literal(sample.get(lower), c.kind());
    }
    return chance(60)
        ? "MAX(" + c.sql() + ") >= " + literal(sample.get(lower), c.kind())
        : "MIN(" + c.sql() + ") <= " + literal(sample.get(sample.size() - 1 - lower), c.kind());
  }

  // ------------------------------------------------------------------------------------ helpers

  private List<Object> values(Col c) {
    return values.get(c.ref().table().name()).get(c.spec().name());
  }

  private String sampleLiteral(Col c) {
    List<Object> sample = values(c);
    return sample.isEmpty() ? "0" : literal(pick(sample), c.kind());
  }

  private static String literal(Object value, Kind kind) {
    return switch (kind) {
      case INTEGRAL -> value.toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case TEXT, JSON -> "'" + ((String) value).replace("'", "''") + "'";
      case TIMESTAMP -> {
        LocalDateTime time = (LocalDateTime) value;
        yield "TIMESTAMP '" + (time.getNano() == 0 ? SECONDS : MILLIS).format(time) + "'";
      }
      case DATE -> "DATE '" + value + "'";
    };
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A random element matching the filter, or null when none does. */
  private Col pick(List<Col> scope, Predicate<Col> filter) {
    List<Col> matching = scope.stream().filter(filter).toList();
    return matching.isEmpty() ? null : pick(matching);
  }
}
