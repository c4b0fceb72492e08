package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.client.Shape;

/**
 * The shipped catalog is complete and valid, overrides merge, and bad catalogs say what is wrong.
 */
class CatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shipsEveryPinnedTable() {
    Catalog catalog = Catalog.builtIn();
    assertThat(catalog.schemas())
        .extracting(SchemaSpec::name)
        .containsExactly("rallyup", "partner");
    assertThat(catalog.schema("rallyup").orElseThrow().api()).isEqualTo(Api.ORGANIZATION);
    assertThat(catalog.schema("partner").orElseThrow().api()).isEqualTo(Api.PARTNER);
    assertThat(tableNames("rallyup"))
        .containsExactlyInAnyOrder(
            "api_version",
            "users",
            "campaigns",
            "donations",
            "donations_items",
            "transaction_items",
            "transaction_items_raffle_tickets",
            "auction_bids",
            "recurring_donations",
            "live_streams",
            "campaign_updates",
            "raffle_winners",
            "sweepstakes_winners",
            "auction_winners",
            "activity_results",
            "participants",
            "teams",
            "contact_organizer_messages");
    assertThat(tableNames("partner"))
        .containsExactlyInAnyOrder(
            "organizations",
            "campaigns",
            "campaign_items",
            "org_users",
            "campaigns_management_pages");
  }

  @Test
  void everyTableAndColumnIsDescribed() {
    for (SchemaSpec schema : Catalog.builtIn().schemas()) {
      for (TableSpec table : schema.tables()) {
        assertThat(table.description()).as(table.name()).isNotBlank();
        assertThat(table.columns())
            .allSatisfy(
                c -> assertThat(c.description()).as(table.name() + "." + c.name()).isNotBlank());
      }
    }
  }

  @Test
  void flattensObjectsAddsCurrencyTwinsAndBuildsChildTables() {
    TableSpec donations = table("rallyup", "donations");
    ColumnSpec city = donations.columns().get(donations.columnIndex("mailing_address_city"));
    assertThat(city.path()).containsExactly("MailingAddress", "City");
    ColumnSpec gross =
        donations.columns().get(donations.columnIndex("transaction_gross_amount_value"));
    assertThat(gross.type()).isEqualTo(ColumnType.DECIMAL);
    assertThat(gross.currency()).isTrue();
    assertThat(donations.columnIndex("recieved_email_campaign_updates")).isNotNegative();
    TableSpec items = table("rallyup", "donations_items");
    assertThat(items.childArray()).contains("Items");
    assertThat(items.columns().get(0).name()).isEqualTo("transaction_id");
    assertThat(items.endpoint()).isEqualTo(donations.endpoint());
    assertThat(items.foreignKeys()).extracting(ForeignKeySpec::table).containsExactly("donations");
    assertThat(table("rallyup", "auction_bids").columns().get(0).type())
        .isEqualTo(ColumnType.VARCHAR);
  }

  @Test
  void requiredParametersAndLookupsAreDeclared() {
    assertThat(table("rallyup", "users").requiredParameters())
        .extracting(ParameterSpec::name)
        .containsExactly("email");
    assertThat(table("partner", "campaigns").requiredParameters())
        .extracting(ParameterSpec::name)
        .containsExactly("organizationID");
    assertThat(table("partner", "org_users").requiredParameters())
        .extracting(ParameterSpec::name)
        .containsExactly("OrganizationID");
    LookupSpec lookup = table("rallyup", "campaigns").lookup().orElseThrow();
    assertThat(lookup.endpoint().shape()).isEqualTo(Shape.OBJECT);
    assertThat(lookup.endpoint().paths()).first().isEqualTo("/v2/api/campaign/{id}");
  }

  @Test
  void anOverrideFileReplacesAndAddsTables(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.json");
    Files.writeString(
        file,
        """
        {"schemas": [{"name": "rallyup", "api": "ORGANIZATION", "tables": [
          {"name": "teams", "description": "Teams, read from a newer path.", "paths": ["/v4/api/teams"],
           "shape": "ARRAY", "columns": [{"field": "id", "type": "BIGINT", "description": "Team id."}]},
          {"name": "pledges", "description": "A new endpoint.", "paths": ["/v3/api/pledges"], "shape": "ARRAY",
           "columns": [{"field": "id", "type": "BIGINT", "description": "Pledge id."}]}]}]}
        """);
    Catalog catalog = Catalog.withOverride(file);
    SchemaSpec rallyup = catalog.schema("rallyup").orElseThrow();
    TableSpec teams =
        rallyup.tables().stream().filter(t -> t.name().equals("teams")).findFirst().orElseThrow();
    assertThat(teams.endpoint().paths()).containsExactly("/v4/api/teams");
    assertThat(rallyup.tables()).extracting(TableSpec::name).contains("pledges", "donations");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"colums\":[]}"
            + "|catalog test: schema s: unknown key 'colums' (allowed: columns, description, fixedQuery,"
            + " foreignKeys, lookup, name, paging, parameters, paths, primaryKey, shape)",
        "{\"name\":\"T\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"columns\":[]}"
            + "|catalog test: schema s: 'name' is 'T' but must be lower snake case ([a-z][a-z0-9_]*)",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"LIST\",\"columns\":[]}"
            + "|catalog test: schema s: table t: 'shape' is 'LIST' but must be one of PAGED, ARRAY, OBJECT",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"x\"],\"shape\":\"ARRAY\",\"columns\":[]}"
            + "|catalog test: schema s: table t: path 'x' must start with / and have no query string",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"columns\":["
            + "{\"field\":\"Id\",\"type\":\"NUMBER\",\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: column id: 'type' is 'NUMBER' but must be one of BIGINT,"
            + " INTEGER, DECIMAL, BOOLEAN, VARCHAR, TIMESTAMP, JSON",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"columns\":["
            + "{\"field\":\"Id\",\"type\":\"BIGINT\",\"description\":\"d\"},"
            + "{\"field\":\"ID\",\"type\":\"BIGINT\",\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: column 'id' is defined twice (check flattened object and"
            + " currency twin names)",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"primaryKey\":[\"nope\"],"
            + "\"columns\":[{\"field\":\"Id\",\"type\":\"BIGINT\",\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: primaryKey names column 'nope', which table t does not have",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x/{e}\"],\"shape\":\"OBJECT\",\"columns\":["
            + "{\"field\":\"Id\",\"type\":\"BIGINT\",\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: path /x/{e} has placeholder {e} but no PATH parameter of that name",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"foreignKeys\":["
            + "{\"columns\":[\"id\"],\"table\":\"ghost\",\"referencedColumns\":[\"id\"]}],\"columns\":["
            + "{\"field\":\"Id\",\"type\":\"BIGINT\",\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: foreign key references unknown table 'ghost'",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"columns\":["
            + "{\"field\":\"Id\",\"type\":\"BIGINT\",\"scale\":2,\"description\":\"d\"}]}"
            + "|catalog test: schema s: table t: column id: 'scale' applies to DECIMAL columns only",
        "{\"name\":\"t\",\"description\":\"d\",\"paths\":[\"/x\"],\"shape\":\"ARRAY\",\"columns\":["
            + "{\"field\":\"Items\",\"childTable\":{\"description\":\"d\",\"columns\":["
            + "{\"field\":\"A\",\"type\":\"BIGINT\",\"description\":\"d\"}]}}]}"
            + "|catalog test: schema s: table t: child table t_items: the parent table has no primaryKey to"
            + " repeat in its child rows"
      })
  void rejectsInvalidTablesWithExactMessages(String table, String message) throws IOException {
    String catalog =
        "{\"paging\":{\"indexParam\":\"p\",\"sizeParam\":\"s\",\"defaultPageSize\":10,\"maxPageSize\":10},"
            + "\"schemas\":[{\"name\":\"s\",\"api\":\"ORGANIZATION\",\"tables\":["
            + table
            + "]}]}";
    assertThatThrownBy(() -> new CatalogReader("test").read(JSON.readTree(catalog)))
        .isInstanceOf(CatalogException.class)
        .hasMessage(message);
  }

  @Test
  void anUnreadableOverrideNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{ not json");
    assertThatThrownBy(() -> Catalog.withOverride(file))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("cannot read catalog file " + file + ": ");
  }

  /** Files the fuzzer found to escape as NullPointerException or ClassCastException. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"schemas\": [{\"name\": \"mine\"}, {\"name\": \"mine\", \"tables\": [{}]}]}",
        "{\"schemas\": [5, {\"name\": \"\", \"tables\": [{}]}]}",
        "{\"schemas\": {\"name\": \"rallyup\"}}"
      })
  void aMalformedOverrideIsACatalogExceptionNamingTheFile(String content) {
    byte[] file = content.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Catalog.withOverride(file, "mine.json"))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("catalog mine.json: ");
  }

  private static List<String> tableNames(String schema) {
    return Catalog.builtIn().schema(schema).orElseThrow().tables().stream()
        .map(TableSpec::name)
        .toList();
  }

  private static TableSpec table(String schema, String name) {
    return Catalog.builtIn().schema(schema).orElseThrow().table(name).orElseThrow();
  }
}
