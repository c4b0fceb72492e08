package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.ColumnSpec;
import org.rallyupjdbc.catalog.ParameterSpec;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * Every optional query parameter the catalog declares is one the sandbox honours under the same
 * name, with the meaning the catalog gives it: sent alone, it narrows the list, and every record
 * returned satisfies the predicate. (Required and path parameters are exercised by the end-to-end
 * queries, which fail if a name is wrong.)
 */
class CatalogAgreesWithSandboxTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Stream<Arguments> optionalParameters() {
    List<Arguments> all = new ArrayList<>();
    for (SchemaSpec schema : Catalog.builtIn().schemas()) {
      for (TableSpec table : schema.tables()) {
        if (table.childArray().isPresent() || !table.requiredParameters().isEmpty()) {
          continue;
        }
        for (ParameterSpec parameter : table.parameters()) {
          if (parameter.in() == ParameterSpec.Location.QUERY && !parameter.required()) {
            all.add(
                Arguments.of(
                    schema.api(), table.name() + "." + parameter.name(), table, parameter));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("optionalParameters")
  void theSandboxHonoursTheParameter(Api api, String name, TableSpec table, ParameterSpec parameter)
      throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = http.token(api);
    String path = table.endpoint().paths().get(0);
    List<JsonNode> everything = records(http, token, path, "");
    ColumnSpec column = table.columns().get(table.columnIndex(parameter.column()));
    JsonNode sample = at(everything.get(everything.size() / 2), column);
    String value =
        switch (parameter.kind()) {
          case EQUALS -> sample.asText();
          case DATE_FROM, DATE_TO -> day(sample.asText()).toString();
        };
    List<JsonNode> narrowed =
        records(
            http,
            token,
            path,
            "&" + parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    assertThat(narrowed).isNotEmpty().hasSizeLessThan(everything.size());
    for (JsonNode record : narrowed) {
      JsonNode field = at(record, column);
      switch (parameter.kind()) {
        case EQUALS -> assertThat(field.asText()).isEqualTo(value);
        case DATE_FROM -> assertThat(day(field.asText())).isAfterOrEqualTo(LocalDate.parse(value));
        case DATE_TO -> assertThat(day(field.asText())).isBeforeOrEqualTo(LocalDate.parse(value));
      }
    }
  }

  private static JsonNode at(JsonNode record, ColumnSpec column) {
    JsonNode node = record;
    for (String field : column.path()) {
      node = node.path(field);
    }
    return node;
  }

  private static LocalDate day(String text) {
    String iso = text.replace('/', '-').replace(' ', 'T');
    return Instant.parse(iso.endsWith("Z") ? iso : iso + "Z").atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Every record of a paged endpoint, with extra query parameters. */
  private static List<JsonNode> records(SandboxHttp http, String token, String path, String extra)
      throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (int page = 1; ; page++) {
      HttpResponse<byte[]> response =
          http.get(path + "?pageIndex=" + page + "&pageSize=1000" + extra, token);
      if (response.statusCode() == 204) {
        return records;
      }
      assertThat(response.statusCode()).as(path + extra).isEqualTo(200);
      JsonNode result = SandboxHttp.json(response).get("Result");
      result.get("Items").forEach(records::add);
      if (!result.get("HasNextPage").asBoolean()) {
        return records;
      }
    }
  }
}
