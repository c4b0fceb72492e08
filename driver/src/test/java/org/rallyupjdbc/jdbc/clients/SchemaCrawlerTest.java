package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.ForeignKeySpec;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FakeRallyUp;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler, a real metadata client, crawls the whole catalog at its maximum info level without
 * logging a warning, and reports every table, column (with its description), primary key and
 * foreign key the catalog declares.
 */
class SchemaCrawlerTest {
  private final FakeRallyUp fake = new FakeRallyUp();
  private final List<String> warnings = new ArrayList<>();
  private final Logger schemacrawlerLog = Logger.getLogger("schemacrawler");
  private final Logger utilityLog = Logger.getLogger("us.fatehi");
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record.getLoggerName() + ": " + record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @AfterEach
  void close() {
    schemacrawlerLog.removeHandler(recorder);
    utilityLog.removeHandler(recorder);
    fake.close();
  }

  @Test
  void crawlsTheWholeCatalogAndReportsItsKeys() throws Exception {
    schemacrawlerLog.addHandler(recorder);
    utilityLog.addHandler(recorder);
    // SchemaCrawler checks Connection.isValid, which asks the API
    fake.single(
        "/v2/api/version", FakeRallyUp.parse("{\"Version\":\"1.0.0\",\"IsAuthenticated\":true}"));
    SchemaCrawlerOptions options =
        SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
            .withLimitOptions(
                LimitOptionsBuilder.builder()
                    .includeSchemas(Pattern.compile("rallyup"))
                    .toOptions())
            .withLoadOptions(
                LoadOptionsBuilder.builder()
                    .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum())
                    .toOptions());
    schemacrawler.schema.Catalog crawled;
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(""))) {
      crawled =
          SchemaCrawlerUtility.getCatalog(
              DatabaseConnectionSources.fromConnection(connection), options);
    }
    assertThat(warnings).isEmpty();
    assertThat(fake.apiRequests()).isNotEmpty().allMatch(r -> r.equals("GET /v2/api/version"));
    // SchemaCrawler checks validity before each step (139 requests when each check asked the
    // API); an answer of the last 2 s vouches for the connection, so a quick crawl asks once or so
    assertThat(fake.apiRequests()).hasSizeLessThanOrEqualTo(20);

    SchemaSpec expected = Catalog.builtIn().schema("rallyup").orElseThrow();
    Schema schema = crawled.lookupSchema("rallyup").orElseThrow();
    Map<String, Table> tables = new TreeMap<>();
    crawled.getTables(schema).forEach(table -> tables.put(table.getName(), table));
    assertThat(tables.keySet())
        .containsExactlyInAnyOrderElementsOf(
            expected.tables().stream().map(TableSpec::name).toList());

    for (TableSpec spec : expected.tables()) {
      Table table = tables.get(spec.name());
      assertThat(table.getRemarks()).isEqualTo(spec.description());
      assertThat(table.getColumns())
          .extracting(Column::getName)
          .containsExactlyElementsOf(spec.columns().stream().map(c -> c.name()).toList());
      assertThat(table.getColumns())
          .allSatisfy(c -> assertThat(c.isColumnDataTypeKnown()).isTrue());
      assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getRemarks()).isNotBlank());
      if (spec.primaryKey().isEmpty()) {
        assertThat(table.getPrimaryKey()).isNull();
      } else {
        assertThat(table.getPrimaryKey().getConstrainedColumns())
            .extracting(Column::getName)
            .containsExactlyElementsOf(spec.primaryKey());
      }
      assertThat(references(table.getImportedForeignKeys()))
          .containsExactlyInAnyOrderElementsOf(references(spec));
    }
  }

  private static List<String> references(java.util.Collection<ForeignKey> keys) {
    List<String> references = new ArrayList<>();
    for (ForeignKey key : keys) {
      for (ColumnReference reference : key.getColumnReferences()) {
        references.add(
            reference.getForeignKeyColumn().getParent().getName()
                + "."
                + reference.getForeignKeyColumn().getName()
                + " -> "
                + reference.getPrimaryKeyColumn().getParent().getName()
                + "."
                + reference.getPrimaryKeyColumn().getName());
      }
    }
    return references;
  }

  private static List<String> references(TableSpec table) {
    List<String> references = new ArrayList<>();
    for (ForeignKeySpec key : table.foreignKeys()) {
      for (int i = 0; i < key.columns().size(); i++) {
        references.add(
            table.name()
                + "."
                + key.columns().get(i)
                + " -> "
                + key.table()
                + "."
                + key.referencedColumns().get(i));
      }
    }
    return references;
  }
}
