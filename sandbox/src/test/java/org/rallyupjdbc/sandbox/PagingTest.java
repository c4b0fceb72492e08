package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pageIndex/pageSize semantics of the paged endpoints, and 204 for empty lists. */
class PagingTest {
  private static TestClient client;
  private static List<Long> allCampaignIds;

  @BeforeAll
  static void start() {
    client = TestClient.start();
    allCampaignIds = ids(client.orgResult("/v2/api/listcampaigns?pageSize=1000"), "Id");
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 100, 1000})
  void pagesCoverTheListExactlyOnceInOrder(int size) {
    List<Long> seen = new ArrayList<>();
    int total = -1;
    for (int index = 1; ; index++) {
      JsonNode page =
          client.orgResult("/v2/api/listcampaigns?pageIndex=" + index + "&pageSize=" + size);
      total = page.get("TotalCount").asInt();
      assertThat(page.get("PageIndex").asInt()).isEqualTo(index);
      assertThat(page.get("PageSize").asInt()).isEqualTo(size);
      assertThat(page.get("TotalPages").asInt()).isEqualTo((total + size - 1) / size);
      assertThat(page.get("Count").asInt()).isEqualTo(page.get("Items").size());
      assertThat(page.get("HasPreviousPage").asBoolean()).isEqualTo(index > 1);
      seen.addAll(ids(page, "Id"));
      if (!page.get("HasNextPage").asBoolean()) {
        assertThat(index).isEqualTo(page.get("TotalPages").asInt());
        break;
      }
      assertThat(page.get("Count").asInt()).isEqualTo(size);
    }
    assertThat(seen).hasSize(total).isEqualTo(allCampaignIds);
  }

  @Test
  void listsAreNewestFirst() {
    assertThat(allCampaignIds).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    List<Long> donations =
        ids(client.orgResult("/v2/api/listdonations?pageSize=1000"), "TransactionId");
    assertThat(donations).hasSize(1000).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void defaultPageIsTheFirstHundred() {
    JsonNode page = client.orgResult("/v2/api/listdonations");
    assertThat(page.get("PageIndex").asInt()).isEqualTo(1);
    assertThat(page.get("PageSize").asInt()).isEqualTo(100);
    assertThat(page.get("Count").asInt()).isEqualTo(100);
    assertThat(page.get("TotalCount").asInt()).isEqualTo(20_000);
    assertThat(page.get("TotalPages").asInt()).isEqualTo(200);
    assertThat(page.get("HasNextPage").asBoolean()).isTrue();
  }

  @Test
  void sizesAboveTheMaximumAreCappedAtAThousand() {
    JsonNode page = client.orgResult("/v2/api/listdonations?pageSize=5000&pageIndex=2");
    assertThat(page.get("PageSize").asInt()).isEqualTo(1000);
    assertThat(page.get("Count").asInt()).isEqualTo(1000);
    assertThat(page.get("TotalPages").asInt()).isEqualTo(20);
    JsonNode first = page.get("Items").get(0);
    JsonNode same =
        client.orgResult("/v2/api/listdonations?pageSize=1000&pageIndex=2").get("Items").get(0);
    assertThat(first).isEqualTo(same);
  }

  @Test
  void aPagePastTheEndIsEmptyNotAnError() {
    JsonNode page = client.orgResult("/v2/api/listcampaigns?pageIndex=99&pageSize=10");
    assertThat(page.get("Items").size()).isZero();
    assertThat(page.get("Count").asInt()).isZero();
    assertThat(page.get("PageIndex").asInt()).isEqualTo(99);
    assertThat(page.get("TotalCount").asInt()).isEqualTo(allCampaignIds.size());
    assertThat(page.get("HasPreviousPage").asBoolean()).isTrue();
    assertThat(page.get("HasNextPage").asBoolean()).isFalse();
  }

  @Test
  void emptyListsAre204WithNoBody() {
    HttpResponse<String> paged =
        client.getOrg("/v2/api/listdonations?startDate=2022-01-01&endDate=2022-12-31");
    assertThat(paged.statusCode()).isEqualTo(204);
    assertThat(paged.body()).isEmpty();
    HttpResponse<String> pagedLater =
        client.getOrg("/v2/api/listdonations?startDate=2022-01-01&endDate=2022-12-31&pageIndex=3");
    assertThat(pagedLater.statusCode()).isEqualTo(204);
    HttpResponse<String> array = client.getOrg("/v3/api/transactionItems/Auction");
    assertThat(array.statusCode()).isEqualTo(204);
    assertThat(array.body()).isEmpty();
  }

  @Test
  void badPagingValuesAre400() {
    for (String query :
        List.of("pageIndex=0", "pageIndex=-1", "pageSize=0", "pageSize=ten", "pageIndex=1.5")) {
      HttpResponse<String> response = client.getOrg("/v2/api/listcampaigns?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      JsonNode body = TestClient.parse(response.body());
      assertThat(body.get("Ok").asBoolean()).isFalse();
      assertThat(body.get("Result").isNull()).isTrue();
      assertThat(body.get("Error").asText()).contains(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void v3EndpointsIgnorePagingParameters() {
    JsonNode all = TestClient.json(client.getOrg("/v3/api/teams"));
    JsonNode paged = TestClient.json(client.getOrg("/v3/api/teams?pageIndex=2&pageSize=1"));
    assertThat(paged).isEqualTo(all);
    assertThat(all.size()).isGreaterThan(1);
  }

  @Test
  void partnerListsPageToo() {
    JsonNode orgs = client.partnerResult("/v1/partnerapi/organizations?pageSize=2&pageIndex=4");
    assertThat(orgs.get("TotalCount").asInt()).isEqualTo(7);
    assertThat(orgs.get("TotalPages").asInt()).isEqualTo(4);
    assertThat(orgs.get("Count").asInt()).isEqualTo(1);
    assertThat(orgs.get("HasNextPage").asBoolean()).isFalse();
  }

  static List<Long> ids(JsonNode page, String field) {
    List<Long> ids = new ArrayList<>();
    page.get("Items").forEach(item -> ids.add(item.get(field).asLong()));
    return ids;
  }
}
