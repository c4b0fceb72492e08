package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Referential integrity across endpoints, checked over the dump. */
class IntegrityTest {
  private static TestClient client;
  private static JsonNode dump;
  private static Map<Long, JsonNode> campaigns;
  private static Map<Long, JsonNode> users;
  private static Map<Long, JsonNode> items;

  @BeforeAll
  static void start() {
    client = TestClient.start();
    dump = client.dump();
    campaigns = byId(dump.get("/v2/api/listcampaigns"), "Id");
    users = byId(dump.get("/v2/api/finduser/{user_email}"), "UserId");
    items = byId(dump.get("/v1/partnerapi/campaignitems"), "Id");
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  static Map<Long, JsonNode> byId(JsonNode records, String field) {
    Map<Long, JsonNode> map = new HashMap<>();
    records.forEach(record -> map.put(record.get(field).asLong(), record));
    return map;
  }

  static long cents(JsonNode number) {
    return number.decimalValue().movePointRight(2).longValueExact();
  }

  static long currencyCents(String text) {
    return Long.parseLong(text.replace("$", "").replace(",", "").replace(".", ""));
  }

  @Test
  void donationsReferenceCampaignsItemsAndUsers() {
    Map<Long, Integer> sold = new HashMap<>();
    for (JsonNode d : dump.get("/v2/api/listdonations")) {
      JsonNode campaign = campaigns.get(d.get("CampaignId").asLong());
      assertThat(campaign).as("campaign of %s", d.get("TransactionId")).isNotNull();
      assertThat(d.get("CampaignName").asText()).isEqualTo(campaign.get("Name").asText());
      JsonNode donor = users.get(d.get("DonorId").asLong());
      assertThat(donor.get("Email").asText()).isEqualTo(d.get("DonorEmail").asText());
      assertThat(donor.get("LastName").asText()).isEqualTo(d.get("DonorLastName").asText());
      for (JsonNode line : d.get("Items")) {
        JsonNode item = items.get(line.get("ItemId").asLong());
        assertThat(item.get("CampaignId").asLong()).isEqualTo(d.get("CampaignId").asLong());
        assertThat(line.get("Name").asText()).isEqualTo(item.get("Title").asText());
        assertThat(cents(line.get("Price"))).isEqualTo(cents(item.get("Price")));
        sold.merge(item.get("Id").asLong(), line.get("Quantity").asInt(), Integer::sum);
      }
    }
    for (JsonNode item : items.values()) {
      assertThat(item.get("TotalSold").asInt())
          .isEqualTo(sold.getOrDefault(item.get("Id").asLong(), 0));
    }
  }

  @Test
  void campaignTotalsAddUpTheirDonations() {
    Map<Long, Long> raised = new HashMap<>();
    Map<Long, Set<Long>> donors = new HashMap<>();
    for (JsonNode d : dump.get("/v2/api/listdonations")) {
      if (!d.get("IsRefunded").asBoolean()) {
        long id = d.get("CampaignId").asLong();
        raised.merge(id, currencyCents(d.get("TransactionGrossAmount").asText()), Long::sum);
        donors.computeIfAbsent(id, k -> new HashSet<>()).add(d.get("DonorId").asLong());
      }
    }
    for (JsonNode campaign : campaigns.values()) {
      long id = campaign.get("Id").asLong();
      assertThat(cents(campaign.get("AmountRaised"))).isEqualTo(raised.getOrDefault(id, 0L));
      assertThat(campaign.get("TotalSupporters").asInt())
          .isEqualTo(donors.getOrDefault(id, Set.of()).size());
    }
  }

  @Test
  void transactionItemsAreDonations() {
    Map<Long, JsonNode> donations = byId(dump.get("/v2/api/listdonations"), "TransactionId");
    for (JsonNode t : dump.get("/v3/api/transactionItems")) {
      JsonNode d = donations.get(t.get("id").asLong());
      assertThat(t.get("CampaignID").asLong()).isEqualTo(d.get("CampaignId").asLong());
      assertThat(t.get("DonorId").asLong()).isEqualTo(d.get("DonorId").asLong());
    }
  }

  @Test
  void prizeWinnersHoldTheDrawnTicket() {
    Map<String, List<JsonNode>> byCampaign = new HashMap<>();
    for (JsonNode t : dump.get("/v3/api/transactionItems")) {
      byCampaign.computeIfAbsent(t.get("CampaignID").asText(), k -> new ArrayList<>()).add(t);
    }
    checkDraws(dump.get("/v3/api/raffleWinners"), byCampaign, "RaffleTickets", "W");
    checkDraws(dump.get("/v3/api/sweepstakesWinners"), byCampaign, "SweepstakesEntries", "T");
  }

  private static void checkDraws(
      JsonNode winners, Map<String, List<JsonNode>> sales, String field, String prefix) {
    assertThat(winners.size()).isPositive();
    for (JsonNode winner : winners) {
      String ticket = winner.get("WinningTicketNumber").asText();
      assertThat(ticket).startsWith(prefix);
      int number = Integer.parseInt(ticket.substring(1));
      boolean held = false;
      for (JsonNode sale : sales.get(winner.get("CampaignID").asText())) {
        for (JsonNode block : sale.get(field)) {
          if (block.get("EntryStartNumber").asInt() <= number
              && number <= block.get("EntryEndNumber").asInt()) {
            assertThat(sale.get("DonorId").asLong()).isEqualTo(winner.get("WinnerID").asLong());
            held = true;
          }
        }
      }
      assertThat(held).as("ticket %s is sold", ticket).isTrue();
      assertThat(users.get(winner.get("WinnerID").asLong()).get("Email").asText())
          .isEqualTo(winner.get("WinnerEmail").asText());
    }
  }

  @Test
  void auctionWinnersWonTheirLotsTopBid() {
    Map<Long, JsonNode> topBid = new HashMap<>();
    for (JsonNode bid : dump.get("/v3/api/auctionBids")) {
      JsonNode item = items.get(bid.get("ItemId").asLong());
      assertThat(item.get("CampaignId").asLong()).isEqualTo(bid.get("CampaignID").asLong());
      assertThat(bid.get("ItemName").asText()).isEqualTo(item.get("Title").asText());
      topBid.merge(
          bid.get("ItemId").asLong(),
          bid,
          (a, b) -> cents(a.get("BidAmount")) >= cents(b.get("BidAmount")) ? a : b);
    }
    JsonNode winners = dump.get("/v3/api/auctionWinners");
    assertThat(winners.size()).isPositive();
    for (JsonNode winner : winners) {
      JsonNode top = topBid.get(winner.get("ItemId").asLong());
      assertThat(top).as("lot %s was bid on", winner.get("ItemId")).isNotNull();
      assertThat(top.get("BidStatus").asText()).isEqualTo("Winning");
      assertThat(cents(winner.get("WinningBidAmount"))).isEqualTo(cents(top.get("BidAmount")));
      assertThat(winner.get("WinnerID").asLong()).isEqualTo(top.get("DonorId").asLong());
    }
  }

  @Test
  void participantsTeamsAndActivityFitTogether() {
    Set<String> teams = new HashSet<>();
    dump.get("/v3/api/teams")
        .forEach(t -> teams.add(t.get("CampaignID").asText() + "/" + t.get("TeamName").asText()));
    Map<String, Long> units = new HashMap<>();
    for (JsonNode result : dump.get("/v3/api/activityResults")) {
      String key = result.get("CampaignID").asText() + "/" + result.get("ParticipantName").asText();
      units.merge(key, cents(result.get("UnitsCompleted")), Long::sum);
    }
    for (JsonNode p : dump.get("/v3/api/participants")) {
      assertThat(campaigns).containsKey(p.get("CampaignID").asLong());
      if (!p.get("TeamName").isNull()) {
        assertThat(teams).contains(p.get("CampaignID").asText() + "/" + p.get("TeamName").asText());
      }
      String key =
          p.get("CampaignID").asText()
              + "/"
              + p.get("ParticipantFirstName").asText()
              + " "
              + p.get("ParticipantLastName").asText();
      assertThat(cents(p.get("ParticipantUnitsCompleted"))).isEqualTo(units.getOrDefault(key, 0L));
    }
  }

  @Test
  void everyV3RecordBelongsToADemoCampaign() {
    for (String key :
        List.of(
            "/v3/api/transactionItems",
            "/v3/api/auctionBids",
            "/v3/api/recurringDonations",
            "/v3/api/liveStreamStatus",
            "/v3/api/campaignUpdates",
            "/v3/api/raffleWinners",
            "/v3/api/sweepstakesWinners",
            "/v3/api/auctionWinners",
            "/v3/api/activityResults",
            "/v3/api/participants",
            "/v3/api/teams",
            "/v3/api/contactOrganizerMessages")) {
      for (JsonNode record : dump.get(key)) {
        JsonNode campaign = campaigns.get(record.get("CampaignID").asLong());
        assertThat(campaign).as(key).isNotNull();
        assertThat(record.get("CampaignTitle").asText()).isEqualTo(campaign.get("Name").asText());
      }
    }
    dump.get("/v3/api/liveStreamStatus")
        .forEach(s -> assertThat(s.get("id").asLong()).isEqualTo(s.get("CampaignID").asLong()));
    dump.get("/v3/api/recurringDonations")
        .forEach(r -> assertThat(users).containsKey(r.get("DonorId").asLong()));
  }

  @Test
  void partnerViewAgreesWithTheOrgView() {
    Set<Long> orgIds = byId(dump.get("/v1/partnerapi/organizations"), "Id").keySet();
    long demoOrg = -1;
    Set<Long> demoCampaigns = new HashSet<>();
    for (JsonNode campaign : dump.get("/v1/partnerapi/campaigns")) {
      assertThat(orgIds).contains(campaign.get("OrganizationId").asLong());
      if (campaigns.containsKey(campaign.get("Id").asLong())) {
        demoOrg = campaign.get("OrganizationId").asLong();
        demoCampaigns.add(campaign.get("Id").asLong());
        JsonNode org = campaigns.get(campaign.get("Id").asLong());
        assertThat(campaign.get("AmountRaised")).isEqualTo(org.get("AmountRaised"));
        assertThat(campaign.get("StartDateUtc")).isEqualTo(org.get("StartDateUtc"));
      }
    }
    assertThat(demoCampaigns).isEqualTo(campaigns.keySet());
    for (JsonNode campaign : dump.get("/v1/partnerapi/campaigns")) {
      if (campaign.get("OrganizationId").asLong() == demoOrg) {
        assertThat(campaigns).containsKey(campaign.get("Id").asLong());
      }
    }
    for (long orgId : orgIds) {
      for (JsonNode user : dump.get("/v1/partnerapi/listorgusers?OrganizationID=" + orgId)) {
        assertThat(users.get(user.get("UserID").asLong()).get("Email").asText())
            .isEqualTo(user.get("Email").asText());
      }
    }
    Set<String> admins = new HashSet<>();
    dump.get("/v1/partnerapi/listorgusers?OrganizationID=" + demoOrg)
        .forEach(u -> admins.add(u.get("FirstName").asText() + " " + u.get("LastName").asText()));
    dump.get("/v3/api/campaignUpdates")
        .forEach(u -> assertThat(admins).contains(u.get("PostedBy").asText()));
  }
}
