package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/tables.md} is generated from the shipped catalog; this test fails when the two drift.
 * Regenerate with {@code mvn -pl calcite-adapter test -Dtest=TablesDocTest
 * -Drallyup.docs.write=true}.
 */
class TablesDocTest {
  private static final Path DOC = Path.of("..", "docs", "tables.md");

  @Test
  void tablesDocMatchesTheCatalog() throws IOException {
    String expected = render(Catalog.builtIn());
    if (Boolean.getBoolean("rallyup.docs.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/tables.md is out of date; regenerate it as this test's Javadoc says")
        .isEqualTo(expected);
  }

  static String render(Catalog catalog) {
    StringBuilder doc = new StringBuilder();
    doc.append("# Tables\n\n")
        .append(
            "Generated from the table catalog (`calcite-adapter/src/main/resources/org/rallyupjdbc/")
        .append("catalog/tables.json`)\nby `TablesDocTest`; do not edit by hand. Regenerate with\n")
        .append(
            "`mvn -pl calcite-adapter test -Dtest=TablesDocTest -Drallyup.docs.write=true`.\n\n")
        .append("Types: every `TIMESTAMP` is UTC wall-clock time with milliseconds; `DECIMAL` has")
        .append(
            " precision 19;\n`JSON` columns are `VARCHAR` holding the field's JSON text. Parameter")
        .append(" names marked *assumed* are\nguesses (RallyUp does not document them) and can be")
        .append(" changed with the `catalog` property.\n");
    for (SchemaSpec schema : catalog.schemas()) {
      doc.append("\n## Schema `").append(schema.name()).append("`\n\n");
      doc.append(
          schema.api() == org.rallyupjdbc.client.Api.PARTNER
              ? "Served when the connection uses Partner API credentials (`partner=true`).\n\n"
              : "Served when the connection uses organization API credentials (the default).\n\n");
      for (TableSpec table : schema.tables()) {
        doc.append("- [`")
            .append(table.name())
            .append("`](#")
            .append(schema.name())
            .append(table.name())
            .append(")\n");
      }
      for (TableSpec table : schema.tables()) {
        renderTable(doc, table);
      }
    }
    return doc.toString();
  }

  private static void renderTable(StringBuilder doc, TableSpec table) {
    doc.append("\n### ").append(table.schema()).append('.').append(table.name()).append("\n\n");
    doc.append(table.description()).append("\n\n");
    List<String> paths = table.endpoint().paths();
    doc.append("- Endpoint: `GET ").append(paths.get(0)).append('`');
    if (paths.size() > 1) {
      doc.append(" (then ")
          .append(
              paths.subList(1, paths.size()).stream()
                  .map(p -> "`" + p + "`")
                  .collect(Collectors.joining(", ")))
          .append(" if it answers 404)");
    }
    doc.append(", ")
        .append(table.endpoint().shape().name().toLowerCase(java.util.Locale.ROOT))
        .append(" response\n");
    table
        .childArray()
        .ifPresent(
            a ->
                doc.append("- One row per element of the `")
                    .append(a)
                    .append("` array of each record\n"));
    if (!table.primaryKey().isEmpty()) {
      doc.append("- Primary key: ").append(String.join(", ", table.primaryKey())).append('\n');
    }
    for (ForeignKeySpec key : table.foreignKeys()) {
      doc.append("- Foreign key: ")
          .append(String.join(", ", key.columns()))
          .append(" -> ")
          .append(key.table())
          .append('(')
          .append(String.join(", ", key.referencedColumns()))
          .append(")\n");
    }
    table
        .lookup()
        .ifPresent(
            l ->
                doc.append("- `WHERE ")
                    .append(l.column())
                    .append(" = ...` reads `")
                    .append(l.endpoint().paths().get(0))
                    .append("` instead, and a join on it can look each key up there\n"));
    for (ParameterSpec parameter : table.parameters()) {
      doc.append("- Parameter `")
          .append(parameter.name())
          .append("` (")
          .append(parameter.in().name().toLowerCase(java.util.Locale.ROOT))
          .append(") from `")
          .append(parameter.column())
          .append(' ')
          .append(operator(parameter.kind()))
          .append(" ...`")
          .append(parameter.required() ? ", **required**" : "")
          .append(parameter.assumed() ? ", name assumed" : "")
          .append(
              parameter.suppliedByJoin()
                  ? "; a join on the column supplies it"
                      + " ([pushdown.md](pushdown.md#joins-that-supply-a-parameter))"
                  : "")
          .append(
              parameter
                  .source()
                  .map(
                      s ->
                          "; without that condition, one request per value of `"
                              + s
                              + "` (fan-out, [pushdown.md](pushdown.md#fan-out-over-a-parent-listing))")
                  .orElse(""))
          .append('\n');
    }
    table
        .fixedQuery()
        .forEach(
            (name, value) ->
                doc.append("- Always sends `")
                    .append(name)
                    .append('=')
                    .append(value)
                    .append("`, so that the listing is complete\n"));
    doc.append(
        "\n| column | type | nullable | JSON field | description |\n|---|---|---|---|---|\n");
    for (ColumnSpec column : table.columns()) {
      doc.append("| `")
          .append(column.name())
          .append("` | ")
          .append(type(column))
          .append(" | ")
          .append(column.nullable() ? "yes" : "no")
          .append(" | ")
          .append(source(column))
          .append(" | ")
          .append(column.description().replace("|", "\\|"))
          .append(" |\n");
    }
  }

  private static String operator(ParameterSpec.Kind kind) {
    return switch (kind) {
      case EQUALS -> "=";
      case DATE_FROM -> ">=";
      case DATE_TO -> "<=";
    };
  }

  private static String type(ColumnSpec column) {
    return switch (column.type()) {
      case DECIMAL -> "DECIMAL(19, " + column.scale() + ")";
      case TIMESTAMP -> "TIMESTAMP(3)";
      case BIGINT, INTEGER, BOOLEAN, VARCHAR, JSON -> column.type().name();
    };
  }

  private static String source(ColumnSpec column) {
    String path = String.join(".", column.path());
    return switch (column.origin()) {
      case RECORD -> "`" + path + "`" + (column.currency() ? " (parsed)" : "");
      case ELEMENT -> "element `" + path + "`";
      case PARAMETER -> "parameter `" + path + "`";
    };
  }
}
