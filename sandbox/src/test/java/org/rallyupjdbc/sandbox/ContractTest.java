package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint's records have exactly the documented fields, in the documented order, with
 * compatible JSON types: org-API records against the documented field lists (test resource
 * org-records.json), Partner API records against the verbatim samples.
 */
class ContractTest {
  private static TestClient client;
  private static JsonNode spec;
  private static List<JsonNode> campaigns;
  private static List<JsonNode> donations;

  @BeforeAll
  static void start() throws IOException {
    client = TestClient.start();
    spec = resource("samples/org-records.json");
    campaigns = allPages("/v2/api/listcampaigns");
    donations = allPages("/v2/api/listdonations");
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  static JsonNode resource(String name) throws IOException {
    try (InputStream in = ContractTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return TestClient.MAPPER.readTree(in);
    }
  }

  @Test
  void envelopeOfSingleObjectsAndPages() {
    JsonNode version = TestClient.json(client.getOrg("/v2/api/version"));
    assertThat(Shapes.fieldNames(version)).containsExactly("Result", "Ok", "Error", "Metadata");
    assertThat(version.get("Ok").asBoolean()).isTrue();
    assertThat(version.get("Error").isNull()).isTrue();
    assertThat(version.get("Metadata").isObject()).isTrue();
    assertThat(version.get("Metadata").size()).isZero();
    JsonNode page = client.orgResult("/v2/api/listdonations");
    assertThat(Shapes.fieldNames(page))
        .containsExactly(
            "Items",
            "Count",
            "PageIndex",
            "PageSize",
            "TotalCount",
            "TotalPages",
            "HasPreviousPage",
            "HasNextPage");
  }

  @Test
  void singleObjectEndpoints() {
    Shapes shapes = new Shapes(spec.get("types"));
    shapes.checkObject("version", client.orgResult("/v2/api/version"), record("version"));
    for (int i = 0; i < donations.size(); i += 397) {
      String email = donations.get(i).get("DonorEmail").asText();
      JsonNode found = client.orgResult("/v2/api/finduser/" + email.replace("+", "%2B"));
      shapes.checkObject("finduser " + email, found, record("finduser"));
    }
    for (JsonNode campaign : campaigns) {
      long id = campaign.get("Id").asLong();
      shapes.checkObject(
          "campaign " + id, client.orgResult("/v2/api/campaign/" + id), record("campaign"));
    }
    assertThat(shapes.errors).isEmpty();
  }

  @Test
  void pagedOrgEndpoints() {
    Shapes shapes = new Shapes(spec.get("types"));
    assertThat(campaigns).hasSize(64);
    assertThat(donations).hasSize(20_000);
    campaigns.forEach(c -> shapes.checkObject("listcampaigns", c, record("campaign")));
    donations.forEach(d -> shapes.checkObject("listdonations", d, record("listdonations")));
    assertThat(shapes.errors).isEmpty();
  }

  @Test
  void v3Endpoints() {
    Shapes shapes = new Shapes(spec.get("types"));
    List<String> names =
        List.of(
            "transactionItems",
            "auctionBids",
            "recurringDonations",
            "liveStreamStatus",
            "campaignUpdates",
            "raffleWinners",
            "sweepstakesWinners",
            "auctionWinners",
            "activityResults",
            "participants",
            "teams",
            "contactOrganizerMessages");
    for (String name : names) {
      JsonNode records = TestClient.json(client.getOrg("/v3/api/" + name));
      assertThat(records.isArray()).as(name).isTrue();
      assertThat(records.size()).as(name).isPositive();
      for (JsonNode record : records) {
        shapes.checkObject(name, record, record(name));
      }
    }
    assertThat(shapes.errors).isEmpty();
  }

  @Test
  void partnerListsMatchTheSamples() throws IOException {
    Shapes shapes = new Shapes(null);
    JsonNode orgs = client.partnerResult("/v1/partnerapi/organizations");
    matchPage(shapes, "organizations", orgs, "organizations.json");
    List<Long> campaignIds = new ArrayList<>();
    int withoutActivity = 0;
    for (JsonNode org : orgs.get("Items")) {
      long id = org.get("Id").asLong();
      JsonNode single = client.partnerResult("/v1/partnerapi/organizations/" + id);
      matchSingle(shapes, "organization", single, "organization.json");
      String campaigns = "/v1/partnerapi/campaigns?includeDonationPages=true&organizationID=" + id;
      String users = "/v1/partnerapi/listorgusers?OrganizationID=" + id;
      if (client.getPartner(campaigns).statusCode() == 204
          && client.getPartner(users).statusCode() == 204) {
        withoutActivity++;
        continue;
      }
      JsonNode page = client.partnerResult(campaigns);
      matchPage(shapes, "campaigns", page, "campaigns.json");
      page.get("Items").forEach(c -> campaignIds.add(c.get("Id").asLong()));
      matchPage(shapes, "users", client.partnerResult(users), "users.json");
    }
    assertThat(withoutActivity)
        .as("organizations listing no campaigns and no users (204)")
        .isEqualTo(2);
    assertThat(campaignIds).hasSizeGreaterThan(64);
    for (long id : campaignIds) {
      JsonNode campaign = client.partnerResult("/v1/partnerapi/campaigns/" + id);
      matchSingle(shapes, "campaign", campaign, "campaign.json");
      String items = "/v1/partnerapi/campaignitems?campaignID=" + id;
      if (client.getPartner(items).statusCode() == 200) {
        matchPage(shapes, "campaign items", client.partnerResult(items), "campaign_items.json");
      }
    }
    assertThat(shapes.errors).isEmpty();
  }

  @Test
  void partnerWriteResultMatchesTheSample() throws IOException {
    Shapes shapes = new Shapes(null);
    JsonNode org = client.partnerResult("/v1/partnerapi/organizations").get("Items").get(0);
    String email = donations.get(3).get("DonorEmail").asText();
    JsonNode added =
        TestClient.json(
            client.send(
                "POST",
                "/v1/partnerapi/addorguser",
                client.partnerToken(),
                TestClient.form("OrganizationID", org.get("Id").asText(), "Email", email)));
    matchSingle(shapes, "addorguser", added.get("Result"), "user.json");
    assertThat(shapes.errors).isEmpty();
  }

  private static JsonNode record(String name) {
    return spec.get("records").get(name);
  }

  private static List<JsonNode> allPages(String path) {
    List<JsonNode> records = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode result = client.orgResult(path + "?pageSize=1000&pageIndex=" + page);
      result.get("Items").forEach(records::add);
      if (!result.get("HasNextPage").asBoolean()) {
        return records;
      }
    }
  }

  private static void matchPage(Shapes shapes, String what, JsonNode page, String sampleFile)
      throws IOException {
    JsonNode sample = resource("samples/partner/" + sampleFile).get("Result");
    assertThat(Shapes.fieldNames(page)).as(what).isEqualTo(Shapes.fieldNames(sample));
    Shapes.SampleTemplate template = Shapes.SampleTemplate.of(sample.get("Items"));
    for (JsonNode item : page.get("Items")) {
      shapes.matchSample(what, item, template);
    }
  }

  private static void matchSingle(Shapes shapes, String what, JsonNode result, String sampleFile)
      throws IOException {
    JsonNode sample = resource("samples/partner/" + sampleFile).get("Result");
    shapes.matchSample(what, result, Shapes.SampleTemplate.of(List.of(sample)));
  }
}
