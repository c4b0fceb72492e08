package org.rallyupjdbc.jdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.Sql;

/**
 * The driver end to end against the sandbox over HTTP: every table's row count equals what the
 * sandbox's dump holds, for both APIs, whichever version prefix the endpoints live under.
 */
class SandboxTablesTest {
  private static Sandbox sandbox;
  private static JsonNode dump;
  private static Connection organization;
  private static Connection partner;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    dump = new SandboxHttp(sandbox).dump();
    organization = connect(sandbox, "", Api.ORGANIZATION);
    partner = connect(sandbox, ";partner=true", Api.PARTNER);
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      organization.close();
      partner.close();
    } finally {
      sandbox.close();
    }
  }

  static Stream<String> organizationTables() {
    return Catalog.builtIn().schema("rallyup").orElseThrow().tables().stream()
        .map(TableSpec::name)
        .filter(name -> !name.equals("users") && !name.equals("api_version"));
  }

  @ParameterizedTest
  @MethodSource("organizationTables")
  void everyOrganizationTableHoldsEveryRecordOfTheDump(String name) throws SQLException {
    TableSpec table = table("rallyup", name);
    JsonNode records = dump.get(table.endpoint().paths().get(0));
    long expected =
        table.childArray().isEmpty() ? records.size() : elements(records, table.childArray().get());
    assertThat(expected).as("the dump has data for " + name).isPositive();
    assertThat(count(organization, "select count(*) from " + name)).isEqualTo(expected);
  }

  @Test
  void usersAreFoundByEmailAndTheVersionAnswers() throws SQLException {
    JsonNode user = dump.get("/v2/api/finduser/{user_email}").get(17);
    String email = user.get("Email").asText();
    Sql.assertRows(
        organization,
        "select user_id, email from users where email = '" + email.replace("'", "''") + "'",
        "user_id=" + user.get("UserId").asLong() + "; email=" + email);
    assertThat(
            count(
                organization, "select count(*) from users where email = 'nobody@nowhere.example'"))
        .isZero();
    Sql.assertRows(
        organization, "select is_authenticated from api_version", "is_authenticated=true");
  }

  @Test
  void partnerTablesHoldEveryRecordOfEachOrganization() throws Exception {
    JsonNode organizations = dump.get("/v1/partnerapi/organizations");
    assertThat(count(partner, "select count(*) from organizations"))
        .isEqualTo(organizations.size());
    long campaigns = 0;
    long users = 0;
    for (JsonNode org : organizations) {
      long id = org.get("Id").asLong();
      campaigns += count(partner, "select count(*) from campaigns where organization_id = " + id);
      users += count(partner, "select count(*) from org_users where organization_id = " + id);
      assertThat(count(partner, "select count(*) from org_users where organization_id = " + id))
          .isEqualTo(dump.get("/v1/partnerapi/listorgusers?OrganizationID=" + id).size());
    }
    assertThat(users).isPositive();
    // complete listings: the dump's records, not only the API's TotalCount, which leaves out
    // general-donation campaigns unless includeDonationPages=true is sent
    assertThat(campaigns)
        .as("partner campaigns, summed over organizations, as the API itself counts them")
        .isEqualTo(partnerCampaignsByApi(organizations))
        .isEqualTo(dump.get("/v1/partnerapi/campaigns").size());
    JsonNode item = dump.get("/v1/partnerapi/campaignitems").get(0);
    long campaignId = item.get("CampaignId").asLong();
    long itemsOfCampaign = 0;
    for (JsonNode each : dump.get("/v1/partnerapi/campaignitems")) {
      itemsOfCampaign += each.get("CampaignId").asLong() == campaignId ? 1 : 0;
    }
    assertThat(
            count(partner, "select count(*) from campaign_items where campaign_id = " + campaignId))
        .isEqualTo(itemsOfCampaign);
  }

  @Test
  void theDriverFindsEndpointsUnderTheOtherVersionPrefixes() throws Exception {
    try (Sandbox other =
            Sandbox.start(SandboxOptions.defaults().withOrgPrefix("v1").withJenticPaths(true));
        Connection connection = connect(other, "", Api.ORGANIZATION)) {
      JsonNode otherDump = new SandboxHttp(other).dump();
      assertThat(count(connection, "select count(*) from campaigns"))
          .isEqualTo(otherDump.get("/v1/api/listcampaigns").size());
      assertThat(count(connection, "select count(*) from sweepstakes_winners"))
          .isEqualTo(otherDump.get("/v1/api/sweepstakesWinners").size());
      assertThat(count(connection, "select count(*) from auction_winners"))
          .isEqualTo(otherDump.get("/v2/api/auctionWinners").size());
      long id = otherDump.get("/v1/api/listcampaigns").get(0).get("Id").asLong();
      Sql.assertRows(connection, "select id from campaigns where id = " + id, "id=" + id);
    }
  }

  /** TotalCount that the Partner API reports for each organization's campaigns, summed. */
  private static long partnerCampaignsByApi(JsonNode organizations) throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = http.token(Api.PARTNER);
    long total = 0;
    for (JsonNode org : organizations) {
      HttpResponse<byte[]> page =
          http.get(
              "/v1/partnerapi/campaigns?includeDonationPages=true&organizationID="
                  + org.get("Id").asLong()
                  + "&pageSize=1",
              token);
      total +=
          page.statusCode() == 204 ? 0 : SandboxHttp.json(page).at("/Result/TotalCount").asLong();
    }
    return total;
  }

  private static long elements(JsonNode records, String array) {
    long total = 0;
    for (JsonNode record : records) {
      total += record.path(array).size();
    }
    return total;
  }

  private static TableSpec table(String schema, String name) {
    return Catalog.builtIn().schema(schema).orElseThrow().table(name).orElseThrow();
  }

  private static long count(Connection connection, String sql) throws SQLException {
    return Long.parseLong(Sql.rows(connection, sql).get(0).replaceAll("^.*=", ""));
  }

  private static Connection connect(Sandbox sandbox, String extra, Api api) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";pageSize=1000" + extra,
        SandboxHttp.login(api));
  }
}
