package org.rallyupjdbc.jdbc.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Deterministic raw RallyUp records (a seeded {@link Random}), spelled exactly as the API spells
 * them (docs/tables.md): campaigns and donations for the paged v2 endpoints, transaction items,
 * auction bids, raffle winners, participants and teams for the v3 array endpoints. The data is
 * deliberately awkward: nulls in every nullable corner, a null mailing address, empty and null
 * child arrays, refunds with negative currency strings, thousands separators, apostrophes and
 * non-ASCII names, ISO dates with a non-UTC offset, and rows on both sides of month boundaries.
 */
final class TestDataset {
  /** The list endpoint of each table, as the catalog names it. */
  static final String CAMPAIGNS_PATH = "/v2/api/listcampaigns";

  static final String CAMPAIGN_LOOKUP_PATH = "/v2/api/campaign/";
  static final String DONATIONS_PATH = "/v2/api/listdonations";
  static final String TRANSACTION_ITEMS_PATH = "/v3/api/transactionItems";
  static final String AUCTION_BIDS_PATH = "/v3/api/auctionBids";
  static final String RAFFLE_WINNERS_PATH = "/v3/api/raffleWinners";
  static final String PARTICIPANTS_PATH = "/v3/api/participants";
  static final String TEAMS_PATH = "/v3/api/teams";

  /** A campaign id no campaign has, used by orphan auction bids. */
  static final long ORPHAN_CAMPAIGN_ID = 999_999L;

  /** A campaign id whose lookup the fake answers with a 404 envelope, as RallyUp does. */
  static final long MISSING_CAMPAIGN_ID = 1L;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter V2_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter V3_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);
  private static final DateTimeFormatter DISPLAY_DATE =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mma", Locale.ROOT);
  private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2023, 1, 1, 0, 0);
  private static final long SECONDS_IN_RANGE =
      LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)
          - FIRST_DAY.toEpochSecond(ZoneOffset.UTC);

  /** Campaign types in campaign order; the last campaign gets no donations at all. */
  private static final List<String> CAMPAIGN_TYPES =
      List.of(
          "Sale",
          "Auction",
          "Raffle",
          "Athon",
          "Crowdfunding",
          "Ticketing",
          "GeneralDonation",
          "Sweepstakes",
          "Raffle",
          "Auction",
          "Athon",
          "Sale");

  private static final List<String> CAMPAIGN_NAMES =
      List.of(
          "Bake Sale 2023",
          "Spring Gala Auction",
          "Winter Raffle",
          "Fun Run 5K",
          "New Roof Fund",
          "Annual Dinner Tickets",
          "Children's Fund",
          "Holiday Sweepstakes",
          "Café Night Raffle",
          "Silent Auction – Art",
          "Swim-a-thon",
          "Garage Sale (planned)");

  private static final List<String> FIRST_NAMES =
      List.of(
          "Jimmy", "María", "Zoë", "Łukasz", "Siobhán", "李", "Ana", "Olivia", "Noah", "Émile",
          "Grace", "Liam", "Fatima", "Chidi", "Inès", "Sean");
  private static final List<String> LAST_NAMES =
      List.of(
          "Yao",
          "O'Brien",
          "Müller",
          "D'Angelo",
          "Nguyễn",
          "García",
          "Smith",
          "Johnson",
          "Kowalski",
          "Dubois",
          "Okafor",
          "van der Berg",
          "Núñez",
          "王",
          "Smithers");
  private static final List<String> CITIES =
      List.of("Tucson", "Phoenix", "Zürich", "Montréal", "Portland", "St. John's");
  private static final List<String> STATES = List.of("AZ", "AZ", "ZH", "QC", "OR", "NL");
  private static final List<String> COUNTRIES =
      List.of("United States", "United States", "Switzerland", "Canada", "United States", "Canada");
  private static final List<String> ZIPS =
      List.of("85710", "85004", "8001", "H2X 1Y4", "97201", "A1C 5M2");
  private static final List<String> COMMENTS =
      List.of(
          "Go team!",
          "In memory of Grandma O'Neil",
          "¡Viva la escuela!",
          "  padded comment  ",
          "",
          "Keep up the 100% effort",
          "Pour les enfants – merci");
  private static final List<String> ITEM_NAMES =
      List.of(
          "T-shirt", "Raffle bundle", "Gala ticket", "Café mug", "Kid's meal", "Tote bag", "Pie");

  private final Random random;
  private final List<ObjectNode> donors = new ArrayList<>();
  private final List<ObjectNode> campaignRecords = new ArrayList<>();
  private final List<String> campaignTypes = new ArrayList<>();
  private final List<String> campaignSlugs = new ArrayList<>();
  private final List<JsonNode> donations = new ArrayList<>();
  private final List<JsonNode> transactionItems = new ArrayList<>();
  private final List<JsonNode> auctionBids = new ArrayList<>();
  private final List<JsonNode> raffleWinners = new ArrayList<>();
  private final List<JsonNode> participants = new ArrayList<>();
  private final List<JsonNode> teams = new ArrayList<>();

  private TestDataset(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Generates a data set.
   *
   * @param seed the random seed; the same seed gives the same records
   * @param donationCount how many donation records to make
   */
  static TestDataset generate(long seed, int donationCount) {
    TestDataset data = new TestDataset(seed);
    data.makeDonors(70);
    data.makeCampaigns();
    data.makeDonations(donationCount);
    data.makeTransactionItems();
    data.makeAuctionBids();
    data.makeRaffleWinners();
    data.makeTeamsAndParticipants();
    return data;
  }

  /** The campaign records ({@code listcampaigns} items). */
  List<JsonNode> campaigns() {
    return List.copyOf(campaignRecords);
  }

  /** The donation records ({@code listdonations} items), in the order the API serves them. */
  List<JsonNode> donations() {
    return List.copyOf(donations);
  }

  /** The records of each table that has data, keyed by the table's SQL name. */
  Map<String, List<JsonNode>> recordsByTable() {
    Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
    tables.put("campaigns", campaigns());
    tables.put("donations", donations());
    tables.put("transaction_items", List.copyOf(transactionItems));
    tables.put("auction_bids", List.copyOf(auctionBids));
    tables.put("raffle_winners", List.copyOf(raffleWinners));
    tables.put("participants", List.copyOf(participants));
    tables.put("teams", List.copyOf(teams));
    return tables;
  }

  /**
   * Serves every record set from the fake, plus the single-campaign lookup of each campaign and a
   * "not found" envelope for {@link #MISSING_CAMPAIGN_ID}.
   */
  void serve(FakeRallyUp fake) {
    fake.paged(CAMPAIGNS_PATH, campaigns());
    for (JsonNode campaign : campaignRecords) {
      fake.single(CAMPAIGN_LOOKUP_PATH + campaign.get("Id").asLong(), campaign);
    }
    fake.route(
        CAMPAIGN_LOOKUP_PATH + MISSING_CAMPAIGN_ID,
        request -> FakeRallyUp.json(404, FakeRallyUp.error("Campaign not found")));
    fake.paged(DONATIONS_PATH, donations());
    fake.array(TRANSACTION_ITEMS_PATH, List.copyOf(transactionItems));
    fake.array(AUCTION_BIDS_PATH, List.copyOf(auctionBids));
    fake.array(RAFFLE_WINNERS_PATH, List.copyOf(raffleWinners));
    fake.array(PARTICIPANTS_PATH, List.copyOf(participants));
    fake.array(TEAMS_PATH, List.copyOf(teams));
  }

  // ---------------------------------------------------------------- donors and campaigns

  private void makeDonors(int count) {
    for (int i = 0; i < count; i++) {
      ObjectNode donor = NODES.objectNode();
      donor.put("id", 3 + i * 7L);
      String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
      String last = LAST_NAMES.get((i * 7 + i / 3) % LAST_NAMES.size());
      putText(donor, "first", i % 23 == 5 ? null : first);
      putText(donor, "last", i % 29 == 11 ? null : last);
      putText(donor, "email", i % 31 == 7 ? null : "donor" + i + "@example.org");
      donor.put("city", random.nextInt(CITIES.size()));
      donors.add(donor);
    }
  }

  private void makeCampaigns() {
    long id = 1100;
    for (int i = 0; i < CAMPAIGN_TYPES.size(); i++) {
      id += 1 + random.nextInt(40);
      String slug = hex(6);
      ObjectNode c = NODES.objectNode();
      c.put("Id", id);
      c.put("Name", CAMPAIGN_NAMES.get(i));
      c.put("Url", "https://go.rallyup.com/" + slug);
      c.put("CampaignSetupUrl", "https://go.rallyup.com/Campaigns/Setup/" + slug);
      c.put("CampaignStatus", pick("Started", "Ended", "Completed", "Processing"));
      LocalDateTime start = randomDate();
      c.put("StartDateUtc", start.format(V2_DATE));
      putText(
          c,
          "EndDateUtc",
          i == 4 ? null : start.plusDays(30 + random.nextInt(170)).format(V2_DATE));
      c.set("AmountRaised", money(500_000));
      c.set("AmountRaisedInPeriod", i % 3 == 0 ? NODES.numberNode(0) : money(50_000));
      c.set("AmountGoal", i % 4 == 1 ? NODES.nullNode() : money(1_000_000));
      c.putNull("GoalPeriod");
      c.put("TotalViews", random.nextInt(5000));
      c.put("TotalSupporters", random.nextInt(300));
      putText(
          c,
          "ImageURL",
          i % 5 == 2 ? null : "https://s3.amazonaws.com/rallyup/campaign" + id + ".png");
      campaignRecords.add(c);
      campaignTypes.add(CAMPAIGN_TYPES.get(i));
      campaignSlugs.add(slug);
    }
  }

  // ---------------------------------------------------------------- donations

  private void makeDonations(int count) {
    long transactionId = 900;
    List<LocalDateTime> fixedDates =
        List.of(
            LocalDateTime.of(2024, 2, 29, 23, 59, 59),
            LocalDateTime.of(2024, 3, 1, 0, 0, 0),
            LocalDateTime.of(2024, 3, 31, 23, 59, 59),
            LocalDateTime.of(2024, 4, 1, 0, 0, 0),
            LocalDateTime.of(2023, 12, 31, 23, 59, 59),
            LocalDateTime.of(2025, 1, 1, 0, 0, 0));
    for (int i = 0; i < count; i++) {
      transactionId += 1 + random.nextInt(7);
      int campaign = random.nextInt(CAMPAIGN_TYPES.size() - 1);
      LocalDateTime created = i < fixedDates.size() ? fixedDates.get(i) : randomDate();
      donations.add(donation(i, transactionId, campaign, created));
    }
    Collections.shuffle(donations, random);
  }

  private ObjectNode donation(int index, long transactionId, int campaign, LocalDateTime created) {
    ObjectNode c = campaignRecords.get(campaign);
    String type = campaignTypes.get(campaign);
    ObjectNode donor = donors.get(random.nextInt(donors.size()));
    boolean refunded = random.nextInt(100) < 7;
    boolean card = random.nextInt(100) < 75;
    boolean recurring = random.nextInt(100) < 15;
    BigDecimal gross = cents(index % 37 == 3 ? 350_000 : 30_000);
    BigDecimal net = gross.multiply(new BigDecimal("0.971")).subtract(new BigDecimal("0.30"));
    net = net.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);

    ObjectNode d = NODES.objectNode();
    d.put("CampaignId", c.get("Id").asLong());
    d.put("IsRecurring", recurring);
    putText(d, "CampaignName", index % 53 == 17 ? null : c.get("Name").asText());
    d.put("CampaignType", type);
    d.put("Status", refunded ? "Refunded" : pick("Paid", "Paid", "Paid", "Pending"));
    d.put("PaymentType", card ? "CreditCard" : pick("Check", "Cash"));
    putText(
        d,
        "CreditCardLast4",
        card ? String.format(Locale.ROOT, "%04d", random.nextInt(10_000)) : null);
    putText(d, "CreditCardType", card ? pick("Visa", "MasterCard", "Amex") : null);
    d.put("Source", pick("RallyUp", "RallyUp", "Kiosk", "Import"));
    putText(d, "FundCode", random.nextInt(5) == 0 ? pick("GEN-01", "SCH-02") : null);
    d.put("AgreementInfo", pick("not provided", "Agreed to 2023 terms"));
    putText(
        d,
        "SpecialInstructions",
        random.nextInt(6) == 0 ? pick("Leave at the front desk", "Don't call after 9pm") : null);
    d.set("Causes", causes());
    d.set("CustomFields", customFields());
    if (index % 97 == 13) {
      d.putNull("Items");
    } else {
      d.set("Items", items(campaign, type));
    }
    putText(d, "RecurrencePeriod", recurring ? pick("Monthly", "Yearly") : null);
    d.put("IsRefunded", refunded);
    putText(d, "RefundReason", refunded ? pick("Duplicate charge", "Donor's request", null) : null);
    putText(
        d,
        "RefundDate",
        refunded ? created.plusDays(1 + random.nextInt(20)).format(V2_DATE) : null);
    putText(
        d,
        "RecurringEndDate",
        recurring && random.nextBoolean() ? created.plusMonths(12).format(V2_DATE) : null);
    d.put("TransactionId", transactionId);
    d.put("TransactionCreatedDate", created.format(V2_DATE));
    putText(
        d,
        "TransactionUpdatedDate",
        random.nextInt(10) == 0
            ? null
            : created.plusMinutes(random.nextInt(4 * 24 * 60)).format(V2_DATE));
    boolean noAmounts = index % 61 == 29;
    putText(d, "TransactionGrossAmount", noAmounts ? null : currency(gross));
    putText(
        d,
        "TransactionNetAmount",
        noAmounts || index % 71 == 40
            ? null
            : currency(refunded && random.nextBoolean() ? net.negate() : net));
    for (String kind :
        List.of(
            "Athon",
            "Auction",
            "Crowdfunding",
            "Ticketing",
            "Raffle",
            "Sweepstakes",
            "GeneralDonation",
            "Sale")) {
      d.set(kind + "Amount", kind.equals(type) ? amount(gross) : NODES.nullNode());
    }
    for (String kind :
        List.of(
            "Athon",
            "Auction",
            "Crowdfunding",
            "Ticketing",
            "Raffle",
            "Sale",
            "Sweepstakes",
            "GeneralDonation")) {
      d.set(
          kind + "Fee",
          kind.equals(type) && random.nextInt(8) == 0 ? money(900) : NODES.nullNode());
    }
    d.set("NetDeductibleAmount", random.nextInt(12) == 0 ? NODES.nullNode() : amount(net));
    d.set("MailingAddress", random.nextInt(5) == 0 ? NODES.nullNode() : address(donor));
    d.set("Members", members());
    d.set("FeesPaidBySupporters", random.nextInt(6) == 0 ? money(500) : NODES.nullNode());
    putText(d, "Comment", random.nextInt(10) < 4 ? pick(COMMENTS) : null);
    if (random.nextInt(20) == 0) {
      d.putNull("RecievedEmailCampaignUpdates");
    } else {
      d.put("RecievedEmailCampaignUpdates", random.nextBoolean());
    }
    d.set("DonorId", index % 43 == 8 ? NODES.nullNode() : donor.get("id"));
    d.set("DonorEmail", donor.get("email"));
    d.set("DonorLastName", donor.get("last"));
    d.set("DonorFirstName", donor.get("first"));
    return d;
  }

  private ArrayNode items(int campaign, String type) {
    ArrayNode items = NODES.arrayNode();
    int count = random.nextInt(4);
    Set<Integer> used = new LinkedHashSet<>();
    while (used.size() < count) {
      used.add(random.nextInt(6));
    }
    for (int k : used) {
      ObjectNode item = NODES.objectNode();
      item.put("ItemId", 40 + campaign * 100L + k);
      item.put("Name", ITEM_NAMES.get((campaign + k) % ITEM_NAMES.size()));
      item.put("Quantity", 1 + random.nextInt(5));
      item.put(
          "Type",
          switch (type) {
            case "Sale" -> "SaleItem";
            case "Auction" -> "AuctionItem";
            case "Raffle", "Sweepstakes" -> "Entry";
            case "Ticketing" -> "Ticket";
            default -> "Donation";
          });
      item.set("Price", random.nextInt(15) == 0 ? NODES.nullNode() : money(20_000));
      items.add(item);
    }
    return items;
  }

  private ObjectNode address(ObjectNode donor) {
    int city = donor.get("city").asInt();
    ObjectNode a = NODES.objectNode();
    a.set("MailingFirstName", donor.get("first"));
    a.set("MailingLastName", donor.get("last"));
    a.put(
        "Address1",
        (100 + random.nextInt(9000))
            + " "
            + pick("Main St", "E. Broadway Blvd", "Rue Saint-Denis"));
    putText(a, "Address2", pick("Suite 203", "Apt 4B", null, null));
    a.put("City", CITIES.get(city));
    putText(a, "State", random.nextInt(15) == 0 ? null : STATES.get(city));
    a.put("Country", COUNTRIES.get(city));
    a.put("ZipCode", ZIPS.get(city));
    putText(a, "Phone", pick("5205555555", "+12345678900", null));
    return a;
  }

  private ArrayNode causes() {
    ArrayNode causes = NODES.arrayNode();
    int n = random.nextInt(3);
    if (n > 0) {
      causes.add("Scholarships");
    }
    if (n > 1) {
      causes.add("Música");
    }
    return causes;
  }

  private ArrayNode customFields() {
    ArrayNode fields = NODES.arrayNode();
    if (random.nextInt(4) == 0) {
      ObjectNode field = NODES.objectNode();
      field.put("Name", pick("T-shirt size", "Dietary"));
      field.put("Value", pick("M", "Végétarien", "\"XL\" please"));
      fields.add(field);
    }
    return fields;
  }

  private ArrayNode members() {
    ArrayNode members = NODES.arrayNode();
    if (random.nextInt(8) == 0) {
      ObjectNode member = NODES.objectNode();
      member.put("FirstName", pick(FIRST_NAMES));
      member.put("Age", 5 + random.nextInt(12));
      members.add(member);
    }
    return members;
  }

  // ---------------------------------------------------------------- v3 records

  private void makeTransactionItems() {
    Map<Integer, Integer> nextTicket = new LinkedHashMap<>();
    for (JsonNode donation : donations) {
      int campaign = campaignIndex(donation.get("CampaignId").asLong());
      String type = campaignTypes.get(campaign);
      boolean raffle = type.equals("Raffle");
      if (!raffle && random.nextInt(10) >= 3) {
        continue;
      }
      ObjectNode t = supporterBlock(campaign, donation.get("TransactionId").asLong());
      t.set("FirstName", donation.get("DonorFirstName"));
      t.set("LastName", donation.get("DonorLastName"));
      t.set("Email", donation.get("DonorEmail"));
      LocalDateTime created =
          LocalDateTime.parse(donation.get("TransactionCreatedDate").asText(), V2_DATE)
              .plusNanos(random.nextInt(1000) * 1_000_000L);
      putIsoDate(t, "Date", "DateFormatted", created);
      t.set("MailingAddress", donation.get("MailingAddress"));
      t.set("DonorId", donation.get("DonorId"));
      if (raffle && random.nextInt(9) > 0) {
        ArrayNode tickets = NODES.arrayNode();
        int blocks = random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
          int quantity = 1 + random.nextInt(20);
          int start = nextTicket.getOrDefault(campaign, 1);
          nextTicket.put(campaign, start + quantity);
          ObjectNode ticket = NODES.objectNode();
          ticket.set(
              "Amount",
              random.nextBoolean()
                  ? NODES.numberNode(quantity * 5)
                  : NODES.numberNode(new BigDecimal(quantity).multiply(new BigDecimal("2.5"))));
          ticket.put("EntryStartNumber", start);
          ticket.put("EntryEndNumber", start + quantity - 1);
          ticket.putNull("EntryLevel");
          ticket.put("Quantity", quantity);
          putText(ticket, "Prize", pick("Grand prize", null, null));
          ticket.put("Type", pick("Online Tickets", "Cash Tickets"));
          tickets.add(ticket);
        }
        t.set("RaffleTickets", tickets);
      } else {
        t.putNull("RaffleTickets");
      }
      t.putNull("SweepstakesEntries");
      t.set("AThonPledges", type.equals("Athon") ? NODES.arrayNode() : NODES.nullNode());
      t.putNull("EventTickets");
      t.putNull("CrowdfundingPerks");
      if (type.equals("Sale")) {
        ArrayNode sale = NODES.arrayNode();
        sale.addObject().put("Name", pick(ITEM_NAMES)).put("Quantity", 1 + random.nextInt(3));
        t.set("SaleItems", sale);
      } else {
        t.putNull("SaleItems");
      }
      transactionItems.add(t);
    }
  }

  private void makeAuctionBids() {
    int[] auctions = indexesOf("Auction");
    long id = 564_100;
    for (int i = 0; i < 60; i++) {
      id += 1 + random.nextInt(90);
      boolean orphan = i == 17 || i == 41;
      int campaign = auctions[random.nextInt(auctions.length)];
      ObjectNode b = supporterBlock(campaign, 0);
      b.put("id", "E_" + id);
      if (orphan) {
        b.put("CampaignID", ORPHAN_CAMPAIGN_ID);
        b.put("CampaignTitle", "Deleted campaign");
      }
      ObjectNode donor = donors.get(random.nextInt(donors.size()));
      b.set("FirstName", donor.get("first"));
      b.set("LastName", donor.get("last"));
      b.set("Email", donor.get("email"));
      putIsoDate(
          b, "Date", "DateFormatted", randomDate().plusNanos(random.nextInt(1000) * 1_000_000L));
      b.set("MailingAddress", random.nextInt(6) == 0 ? address(donor) : NODES.nullNode());
      b.set("DonorId", donor.get("id"));
      int item = random.nextInt(8);
      b.put("ItemId", 153_700L + campaign * 10L + item);
      b.put(
          "ItemName",
          pick("An auction item", "Weekend at the cabin", "Signed jersey", "Chef's dinner"));
      BigDecimal bid = cents(50_000);
      b.set("BidAmount", amount(bid));
      b.set(
          "MaximumBid", random.nextInt(3) == 0 ? amount(bid.add(cents(10_000))) : NODES.nullNode());
      b.put("BidStatus", pick("Winning", "Outbid", "Outbid"));
      b.put("AuctionType", pick("English", "Silent"));
      auctionBids.add(b);
    }
  }

  private void makeRaffleWinners() {
    int[] raffles = indexesOf("Raffle");
    for (int i = 0; i < 10; i++) {
      int campaign = raffles[i % raffles.length];
      ObjectNode c = campaignRecords.get(campaign);
      ObjectNode donor = donors.get(random.nextInt(donors.size()));
      ObjectNode w = NODES.objectNode();
      w.put("id", 4L + i * 3L);
      w.put("CampaignID", c.get("Id").asLong());
      w.put("CampaignTitle", c.get("Name").asText());
      w.set("WinnerID", donor.get("id"));
      w.set("WinnerFirstName", donor.get("first"));
      w.set("WinnerLastName", donor.get("last"));
      w.set("WinnerEmail", donor.get("email"));
      putText(w, "WinnerPhoneNumber", pick("+12345678900", "+15205550100", null));
      w.put("Prize", pick("Grand prize", "Gift basket", "Café voucher"));
      w.put("WinningTicketNumber", pick("W", "T") + (1 + random.nextInt(300)));
      putUrls(w, campaign);
      raffleWinners.add(w);
    }
  }

  private void makeTeamsAndParticipants() {
    int[] athons = indexesOf("Athon");
    List<String> teamNames =
        List.of("Road Runners", "Les Tortues", "O'Hare Hustlers", "Team Ωmega", "Slow Pokes");
    Map<Integer, List<String>> teamsByCampaign = new LinkedHashMap<>();
    long teamId = 2895;
    for (int i = 0; i < 8; i++) {
      int campaign = athons[i % athons.length];
      ObjectNode c = campaignRecords.get(campaign);
      String name = teamNames.get(i % teamNames.size());
      teamId += 1 + random.nextInt(30);
      ObjectNode t = NODES.objectNode();
      t.put("id", teamId);
      t.put("CampaignID", c.get("Id").asLong());
      t.put("CampaignTitle", c.get("Name").asText());
      t.put("TeamName", name);
      t.put("RegistrationOption", pick("Free Registration", "Team ($100)"));
      t.put("FundraisingPageDescription", "<p>" + name + " ride again!</p>");
      t.put("TeamEmailAddress", "team" + i + "@example.org");
      t.set("TeamFundraisingGoal", i % 3 == 2 ? NODES.nullNode() : money(500_000));
      t.put("FundraisingPagePermanentURL", hex(6).toUpperCase(Locale.ROOT));
      t.put("FundraisingPageFriendlyURL", name.replaceAll("[^A-Za-z]", ""));
      t.set("ParticipantCustomFields", NODES.arrayNode());
      putUrls(t, campaign);
      teams.add(t);
      if (i != 7) {
        teamsByCampaign.computeIfAbsent(campaign, k -> new ArrayList<>()).add(name);
      }
    }
    long participantId = 37_000;
    for (int i = 0; i < 40; i++) {
      int campaign = athons[random.nextInt(athons.length)];
      ObjectNode c = campaignRecords.get(campaign);
      ObjectNode donor = donors.get(random.nextInt(donors.size()));
      participantId += 1 + random.nextInt(50);
      List<String> names = teamsByCampaign.getOrDefault(campaign, List.of());
      ObjectNode p = NODES.objectNode();
      p.put("id", participantId);
      p.put("CampaignID", c.get("Id").asLong());
      p.put("CampaignTitle", c.get("Name").asText());
      putText(
          p,
          "TeamName",
          names.isEmpty() || random.nextInt(4) == 0
              ? null
              : names.get(random.nextInt(names.size())));
      p.set("ParticipantFirstName", donor.get("first"));
      p.set("ParticipantLastName", donor.get("last"));
      p.put("RegistrationOption", pick("Free Registration", "Adult ($25)", "Child ($10)"));
      p.set("ParticipantEmailAddress", donor.get("email"));
      putText(p, "ParticipantPhoneNumber", pick("+012345678900", "+15205550199", null));
      p.putNull("ParticipantMailingAddress");
      p.put("ParticipantActivity", pick("run", "walk", "swim"));
      p.set(
          "ParticipantUnitsCompleted",
          NODES.numberNode(BigDecimal.valueOf(random.nextInt(500_000), 4)));
      p.set(
          "ParticipantFundraisingGoal", random.nextInt(3) == 0 ? NODES.nullNode() : money(200_000));
      p.set(
          "ParticipantUnitsGoal",
          random.nextInt(3) == 0
              ? NODES.nullNode()
              : NODES.numberNode(BigDecimal.valueOf(random.nextInt(1000), 1)));
      p.put("FundraisingPagePermanentURL", hex(6).toUpperCase(Locale.ROOT));
      p.put("FundraisingPageFriendlyURL", "runner" + i);
      p.put(
          "FundraisingPageDescription",
          "<p>I'm raising money for " + c.get("Name").asText() + "</p>");
      if (random.nextInt(3) == 0) {
        p.putNull("ParticipantCustomFields");
      } else {
        ArrayNode fields = NODES.arrayNode();
        fields.addObject().put("Name", "Shirt").put("Value", pick("S", "M", "L"));
        p.set("ParticipantCustomFields", fields);
      }
      putUrls(p, campaign);
      participants.add(p);
    }
  }

  /** The fields every v3 supporter record shares, for a campaign. */
  private ObjectNode supporterBlock(int campaign, long id) {
    ObjectNode c = campaignRecords.get(campaign);
    ObjectNode t = NODES.objectNode();
    t.put("id", id);
    t.put("CampaignID", c.get("Id").asLong());
    t.put("CampaignTitle", c.get("Name").asText());
    t.putNull("FirstName");
    t.putNull("LastName");
    t.putNull("Email");
    t.putNull("Date");
    t.putNull("DateFormatted");
    t.put("Currency", "USD");
    t.put("CurrencySymbol", "$");
    t.set("Members", members());
    t.put("IsAnonymous", random.nextInt(5) == 0);
    putText(t, "InNameOf", random.nextInt(6) == 0 ? pick("In honor of Zoë", "Mrs. O'Leary") : null);
    t.put("MarketingOptIn", random.nextBoolean());
    t.putNull("MailingAddress");
    t.put("GiftAidOptIn", random.nextInt(10) == 0);
    t.putNull("GiftAidInformation");
    putText(t, "FundCode", random.nextInt(5) == 0 ? "GEN-01" : null);
    putText(t, "SpecialInstructions", random.nextInt(7) == 0 ? "Call before 5pm" : null);
    t.set("Causes", causes());
    t.set("CustomFields", customFields());
    putText(t, "Comment", random.nextInt(10) < 3 ? pick(COMMENTS) : null);
    t.put("ReceivedEmailCampaignUpdates", random.nextBoolean());
    t.putNull("DonorId");
    putUrls(t, campaign);
    return t;
  }

  private void putUrls(ObjectNode record, int campaign) {
    String name = campaignRecords.get(campaign).get("Name").asText();
    record.put(
        "CampaignFriendlyURL",
        "https://go.rallyup.com/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    record.put("CampaignPermanentURL", "https://go.rallyup.com/" + campaignSlugs.get(campaign));
  }

  /**
   * An ISO-8601 date with milliseconds: usually UTC with {@code Z}, one in six with a -07:00 offset
   * (the same instant in Arizona), plus its display text.
   */
  private void putIsoDate(ObjectNode record, String field, String formatted, LocalDateTime utc) {
    if (random.nextInt(6) == 0) {
      record.put(field, utc.minusHours(7).format(V3_DATE) + "-07:00");
    } else {
      record.put(field, utc.format(V3_DATE) + "Z");
    }
    record.put(formatted, utc.minusHours(8).format(DISPLAY_DATE) + " PST");
  }

  // ---------------------------------------------------------------- small helpers

  private int campaignIndex(long id) {
    for (int i = 0; i < campaignRecords.size(); i++) {
      if (campaignRecords.get(i).get("Id").asLong() == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("no campaign " + id);
  }

  private int[] indexesOf(String type) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < campaignTypes.size() - 1; i++) {
      if (campaignTypes.get(i).equals(type)) {
        found.add(i);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private LocalDateTime randomDate() {
    long seconds = (long) (random.nextDouble() * SECONDS_IN_RANGE);
    return FIRST_DAY.plusSeconds(seconds);
  }

  /** A random amount of at most {@code maxCents} cents, at least one cent. */
  private BigDecimal cents(int maxCents) {
    int cents = 1 + random.nextInt(maxCents);
    if (random.nextInt(3) == 0) {
      cents = cents / 100 * 100 + 100;
    } else if (random.nextInt(4) == 0) {
      cents = cents / 10 * 10 + 10;
    }
    return BigDecimal.valueOf(cents, 2);
  }

  /** A money amount as the API writes numbers: 35, 12.5 or 93.77. */
  private JsonNode money(int maxCents) {
    return amount(cents(maxCents));
  }

  private static JsonNode amount(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return NODES.numberNode(stripped.longValueExact());
    }
    return NODES.numberNode(stripped);
  }

  /** Currency text as listdonations writes it: {@code $1,234.50}, {@code -$5.00}. */
  private static String currency(BigDecimal value) {
    String text = String.format(Locale.ROOT, "%,.2f", value.abs());
    return (value.signum() < 0 ? "-$" : "$") + text;
  }

  private String hex(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(Character.forDigit(random.nextInt(16), 16));
    }
    return text.toString();
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
