package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query filters, path parameters and the 400/404 answers for bad or missing ones. */
class FilterTest {
  private static final String LIST = "/v2/api/listdonations";
  private static TestClient client;
  private static JsonNode firstPage;

  @BeforeAll
  static void start() {
    client = TestClient.start();
    firstPage = client.orgResult(LIST + "?pageSize=1000&pageIndex=5").get("Items");
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static int total(String query) {
    HttpResponse<String> response = client.getOrg(LIST + "?" + query);
    return response.statusCode() == 204
        ? 0
        : TestClient.json(response).get("Result").get("TotalCount").asInt();
  }

  @Test
  void openEndedRangesSplitTheWholeList() {
    assertThat(total("startDate=2025-01-01") + total("endDate=2024-12-31")).isEqualTo(20_000);
    assertThat(total("startDate=2023-01-01") + total("endDate=2022-12-31")).isEqualTo(20_000);
  }

  @Test
  void dateRangeIsInclusiveOfWholeDays() {
    JsonNode march =
        client.orgResult(LIST + "?startDate=2024-03-01&endDate=2024-03-31&pageSize=1000");
    int count = march.get("TotalCount").asInt();
    assertThat(count).isPositive().isLessThan(1000);
    assertThat(count).isEqualTo(total("startDate=2024-03-01") - total("startDate=2024-04-01"));
    assertThat(count).isEqualTo(total("endDate=2024-03-31") - total("endDate=2024-02-29"));
    for (JsonNode donation : march.get("Items")) {
      assertThat(donation.get("TransactionCreatedDate").asText()).startsWith("2024/03/");
    }
  }

  @Test
  void oneDayRangeHoldsThatDaysDonations() {
    JsonNode picked = firstPage.get(321);
    String day = picked.get("TransactionCreatedDate").asText().substring(0, 10);
    String iso = day.replace('/', '-');
    JsonNode page = client.orgResult(LIST + "?pageSize=1000&startDate=" + iso + "&endDate=" + iso);
    List<Long> ids = PagingTest.ids(page, "TransactionId");
    assertThat(ids).contains(picked.get("TransactionId").asLong());
    page.get("Items")
        .forEach(d -> assertThat(d.get("TransactionCreatedDate").asText()).startsWith(day));
  }

  @Test
  void donationsOfOneCampaign() {
    long campaignId = firstPage.get(123).get("CampaignId").asLong();
    JsonNode page = client.orgResult(LIST + "?pageSize=1000&campaignId=" + campaignId);
    assertThat(PagingTest.ids(page, "TransactionId"))
        .contains(firstPage.get(123).get("TransactionId").asLong());
    page.get("Items").forEach(d -> assertThat(d.get("CampaignId").asLong()).isEqualTo(campaignId));
    int sum = 0;
    for (long id : PagingTest.ids(client.orgResult("/v2/api/listcampaigns?pageSize=100"), "Id")) {
      sum += total("pageSize=1&campaignId=" + id);
    }
    assertThat(sum).isEqualTo(20_000);
    assertThat(client.getOrg(LIST + "?startDate=2099-01-01&campaignId=" + campaignId).statusCode())
        .isEqualTo(204);
  }

  @Test
  void malformedFiltersAre400() {
    for (String query :
        List.of(
            "startDate=2024-13-01",
            "endDate=yesterday",
            "startDate=03/01/2024",
            "campaignId=abc")) {
      HttpResponse<String> response = client.getOrg("/v2/api/listdonations?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(TestClient.parse(response.body()).get("Error").asText())
          .contains(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void transactionItemsByCampaignType() {
    int all = TestClient.arraySize(client.getOrg("/v3/api/transactionItems"));
    int sum = 0;
    for (String type :
        List.of("Raffle", "sweepstakes", "ATHON", "Ticketing", "Crowdfunding", "Sale")) {
      sum += TestClient.arraySize(client.getOrg("/v3/api/transactionItems/" + type));
    }
    assertThat(sum).isEqualTo(all).isPositive();
    JsonNode raffle = TestClient.json(client.getOrg("/v3/api/transactionItems/Raffle"));
    raffle.forEach(t -> assertThat(t.get("RaffleTickets").isArray()).isTrue());
    raffle.forEach(t -> assertThat(t.get("SaleItems").isNull()).isTrue());
    assertThat(client.getOrg("/v3/api/transactionItems/GeneralDonation").statusCode())
        .isEqualTo(204);
    assertThat(client.getOrg("/v3/api/transactionItems/Bingo").statusCode()).isEqualTo(400);
  }

  @Test
  void findUserDecodesThePathSegment() {
    JsonNode donor = null;
    for (int page = 1; donor == null; page++) {
      for (JsonNode d : client.orgResult(LIST + "?pageIndex=" + page).get("Items")) {
        donor = donor == null && d.get("DonorEmail").asText().contains("+") ? d : donor;
      }
    }
    String email = donor.get("DonorEmail").asText();
    String encoded = email.replace("+", "%2B").replace("@", "%40");
    JsonNode user = client.orgResult("/v2/api/finduser/" + encoded);
    assertThat(user.get("UserId").asLong()).isEqualTo(donor.get("DonorId").asLong());
    assertThat(
            client
                .orgResult("/v2/api/finduser/" + email.toUpperCase(Locale.ROOT).replace("+", "%2B"))
                .get("Email")
                .asText())
        .isEqualTo(email);
    HttpResponse<String> missing = client.getOrg("/v2/api/finduser/nobody%40example.com");
    assertThat(missing.statusCode()).isEqualTo(404);
    JsonNode body = TestClient.parse(missing.body());
    assertThat(body.get("Ok").asBoolean()).isFalse();
    assertThat(body.get("Result").isNull()).isTrue();
    assertThat(body.get("Error").asText()).isNotBlank();
  }

  @Test
  void campaignById() {
    long id = firstPage.get(0).get("CampaignId").asLong();
    assertThat(client.orgResult("/v2/api/campaign/" + id).get("Id").asLong()).isEqualTo(id);
    assertThat(client.getOrg("/v2/api/campaign/1").statusCode()).isEqualTo(404);
    assertThat(client.getOrg("/v2/api/campaign/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void partnerRequiredParametersAre400() {
    for (String path :
        List.of(
            "/v1/partnerapi/campaigns",
            "/v1/partnerapi/campaigns?organizationid=1",
            "/v1/partnerapi/campaignitems",
            "/v1/partnerapi/listorgusers",
            "/v1/partnerapi/listorgusers?organizationID=1")) {
      HttpResponse<String> response = client.getPartner(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      JsonNode body = TestClient.parse(response.body());
      assertThat(body.get("Ok").asBoolean()).isFalse();
      assertThat(body.get("Result").isNull()).isTrue();
      assertThat(body.get("Error").asText()).contains("required");
    }
    assertThat(client.getPartner("/v1/partnerapi/campaigns?organizationID=7").statusCode())
        .isEqualTo(404);
    assertThat(client.getPartner("/v1/partnerapi/campaignitems?campaignID=7").statusCode())
        .isEqualTo(404);
  }

  @Test
  void partnerCampaignFilters() {
    long orgId = 0;
    for (JsonNode org : client.partnerResult("/v1/partnerapi/organizations").get("Items")) {
      orgId = orgId == 0 ? org.get("Id").asLong() : Math.min(orgId, org.get("Id").asLong());
    }
    String base = "/v1/partnerapi/campaigns?pageSize=1000&organizationID=" + orgId;
    JsonNode all = client.partnerResult(base + "&includeDonationPages=true");
    JsonNode withoutPages = client.partnerResult(base);
    assertThat(all.get("TotalCount").asInt()).isEqualTo(64);
    assertThat(withoutPages.get("TotalCount").asInt()).isEqualTo(56);
    JsonNode auctions = client.partnerResult(base + "&campaignType=auction");
    assertThat(auctions.get("TotalCount").asInt()).isEqualTo(8);
    auctions.get("Items").forEach(c -> assertThat(c.get("CtaLabel").asText()).isEqualTo("Bid"));
    JsonNode started = client.partnerResult(base + "&includeDonationPages=true&status=Started");
    started
        .get("Items")
        .forEach(c -> assertThat(c.get("CampaignStatus").asText()).isEqualTo("Started"));
    JsonNode in2024 =
        client.partnerResult(
            base + "&includeDonationPages=true&startDate=2024-01-01&endDate=2024-12-31");
    assertThat(in2024.get("TotalCount").asInt()).isPositive().isLessThan(64);
    in2024
        .get("Items")
        .forEach(c -> assertThat(c.get("StartDateUtc").asText()).startsWith("2024/"));
    JsonNode byName = client.partnerResult(base + "&includeDonationPages=true&sortBy=Name");
    List<String> names = new ArrayList<>();
    byName.get("Items").forEach(c -> names.add(c.get("Name").asText()));
    assertThat(names).isSorted();
    assertThat(client.getPartner(base + "&sortBy=Color").statusCode()).isEqualTo(400);
    assertThat(client.getPartner(base + "&campaignType=Bingo").statusCode()).isEqualTo(400);
    assertThat(client.getPartner(base + "&includeDonationPages=maybe").statusCode()).isEqualTo(400);
  }

  @Test
  void partnerOrganizationDateFilter() {
    JsonNode all = client.partnerResult("/v1/partnerapi/organizations");
    HttpResponse<String> none =
        client.getPartner("/v1/partnerapi/organizations?endDate=2022-12-31");
    JsonNode some =
        client.partnerResult(
            "/v1/partnerapi/organizations?startDate=2023-01-01&endDate=2025-12-31");
    assertThat(none.statusCode()).isEqualTo(204);
    assertThat(some.get("TotalCount").asInt()).isEqualTo(all.get("TotalCount").asInt());
  }
}
