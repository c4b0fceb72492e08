package org.rallyupjdbc.jdbc.dialect;

import java.util.Properties;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;

/**
 * The dialect choices, as Calcite connection properties. Each one is deliberate:
 *
 * <ul>
 *   <li>{@code fun=standard,postgresql} and no other library: every other library silently changes
 *       the meaning of a function PostgreSQL users rely on (Oracle's {@code TO_CHAR}, BigQuery's
 *       NULL-propagating {@code CONCAT}, Spark's natural {@code LOG}...). The synonyms worth having
 *       from other dialects are added one by one in {@link DialectOperators}.
 *   <li>The Babel parser: {@code ::} casts, {@code ~ ~* !~ !~*}, {@code DATEADD(day, ...)} and
 *       keywords such as {@code year} or {@code value} usable as column names.
 *   <li>{@code LENIENT} conformance: GROUP BY ordinals and select aliases, {@code !=}, {@code
 *       OFFSET m LIMIT n}. Not {@code BABEL}, which also accepts non-grouped columns and lateral
 *       column aliases, both rejected by PostgreSQL and arbitrary in their results.
 * </ul>
 */
public final class PostgresDialect {
  static final String PARSER_FACTORY =
      "org.apache.calcite.sql.parser.babel.SqlBabelParserImpl#FACTORY";

  /** Fixed by the parser, so read once rather than on every metadata call. */
  private static final String SQL_KEYWORDS =
      SqlParser.create("", SqlParser.config().withParserFactory(SqlBabelParserImpl.FACTORY))
          .getMetadata()
          .getJdbcKeywords();

  private PostgresDialect() {}

  /**
   * The parser's words that are not SQL:2003 keywords, for {@code DatabaseMetaData.getSQLKeywords}
   * (editors highlight and quote them).
   */
  public static String sqlKeywords() {
    return SQL_KEYWORDS;
  }

  /** Adds the dialect's settings to Calcite's connection properties. */
  public static void configure(Properties calcite) {
    calcite.setProperty("fun", "standard,postgresql");
    calcite.setProperty("conformance", "LENIENT");
    calcite.setProperty("parserFactory", PARSER_FACTORY);
    // Unknown functions must stay a validation error that names them; lenient lookup only
    // moves the failure to code generation, with a worse message.
    calcite.setProperty("lenientOperatorLookup", "false");
  }
}
