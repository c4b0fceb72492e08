package org.rallyupjdbc.jdbc.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.organization;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.row;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.serve;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.tableNames;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * One test per table of the {@code rallyup} (organization API) schema: the recorded body in {@code
 * fixtures/rallyup/<table>.json} is served at the table's first path, and each test asserts the
 * exact rows (written by hand from the fixture) and the exact API requests.
 */
class OrganizationTablesTest {
  private static final String DONATIONS_PAGE_1 =
      "GET /v2/api/listdonations?pageIndex=1&pageSize=100";

  private static final String DONATION_COLUMNS =
      "campaign_id, is_recurring, campaign_name, campaign_type, status, payment_type,"
          + " credit_card_last4, credit_card_type, source, fund_code, agreement_info,"
          + " special_instructions, causes, custom_fields, recurrence_period, is_refunded,"
          + " refund_reason, refund_date, recurring_end_date, transaction_id,"
          + " transaction_created_date, transaction_updated_date, transaction_gross_amount,"
          + " transaction_gross_amount_value, transaction_net_amount, transaction_net_amount_value,"
          + " athon_amount, auction_amount, crowdfunding_amount, ticketing_amount, raffle_amount,"
          + " sweepstakes_amount, general_donation_amount, sale_amount, athon_fee, auction_fee,"
          + " crowdfunding_fee, ticketing_fee, raffle_fee, sale_fee, sweepstakes_fee,"
          + " general_donation_fee, net_deductible_amount, mailing_address_first_name,"
          + " mailing_address_last_name, mailing_address_address1, mailing_address_address2,"
          + " mailing_address_city, mailing_address_state, mailing_address_country,"
          + " mailing_address_zip_code, mailing_address_phone, members, fees_paid_by_supporters,"
          + " comment, recieved_email_campaign_updates, donor_id, donor_email, donor_last_name,"
          + " donor_first_name";

  private static final String DONATION_989 =
      row(
          "campaign_id=1144",
          "is_recurring=false",
          "campaign_name=Sale for API",
          "campaign_type=Sale",
          "status=Paid",
          "payment_type=CreditCard",
          "credit_card_last4=4242",
          "credit_card_type=Visa",
          "source=RallyUp",
          "fund_code=null",
          "agreement_info=not provided",
          "special_instructions=null",
          "causes=[]",
          "custom_fields=[]",
          "recurrence_period=null",
          "is_refunded=false",
          "refund_reason=null",
          "refund_date=null",
          "recurring_end_date=null",
          "transaction_id=989",
          "transaction_created_date=2018-03-27 17:11:45.000",
          "transaction_updated_date=2018-03-27 17:11:47.000",
          "transaction_gross_amount=$101.00",
          "transaction_gross_amount_value=101.00",
          "transaction_net_amount=$93.77",
          "transaction_net_amount_value=93.77",
          "athon_amount=null",
          "auction_amount=null",
          "crowdfunding_amount=null",
          "ticketing_amount=null",
          "raffle_amount=null",
          "sweepstakes_amount=null",
          "general_donation_amount=null",
          "sale_amount=35.00",
          "athon_fee=null",
          "auction_fee=null",
          "crowdfunding_fee=null",
          "ticketing_fee=null",
          "raffle_fee=null",
          "sale_fee=null",
          "sweepstakes_fee=null",
          "general_donation_fee=null",
          "net_deductible_amount=93.77",
          "mailing_address_first_name=Jimmy",
          "mailing_address_last_name=Yao",
          "mailing_address_address1=7650 E. Broadway Blvd",
          "mailing_address_address2=Suite 203",
          "mailing_address_city=Tucson",
          "mailing_address_state=AZ",
          "mailing_address_country=United States",
          "mailing_address_zip_code=85710",
          "mailing_address_phone=5205555555",
          "members=[]",
          "fees_paid_by_supporters=null",
          "comment=null",
          "recieved_email_campaign_updates=true",
          "donor_id=3",
          "donor_email=support@rallyup.com",
          "donor_last_name=Yao",
          "donor_first_name=Jimmy");

  private static final String DONATION_1002 =
      row(
          "campaign_id=1187",
          "is_recurring=true",
          "campaign_name=Fundraiser for José Ñúñez",
          "campaign_type=GeneralDonation",
          "status=Paid",
          "payment_type=CreditCard",
          "credit_card_last4=0005",
          "credit_card_type=MasterCard",
          "source=RallyUp",
          "fund_code=GEN-2021",
          "agreement_info=not provided",
          "special_instructions=Please send the receipt to my office",
          "causes=[\"Scholarships\"]",
          "custom_fields=[{\"Label\":\"T-shirt size\",\"Value\":\"M\"}]",
          "recurrence_period=Monthly",
          "is_refunded=false",
          "refund_reason=null",
          "refund_date=null",
          "recurring_end_date=2022-12-31 00:00:00.000",
          "transaction_id=1002",
          "transaction_created_date=2021-12-31 23:59:59.000",
          "transaction_updated_date=2022-01-01 00:00:01.000",
          "transaction_gross_amount=$1,234.50",
          "transaction_gross_amount_value=1234.50",
          "transaction_net_amount=$1,198.02",
          "transaction_net_amount_value=1198.02",
          "athon_amount=null",
          "auction_amount=null",
          "crowdfunding_amount=null",
          "ticketing_amount=null",
          "raffle_amount=null",
          "sweepstakes_amount=null",
          "general_donation_amount=1234.50",
          "sale_amount=null",
          "athon_fee=null",
          "auction_fee=null",
          "crowdfunding_fee=null",
          "ticketing_fee=null",
          "raffle_fee=null",
          "sale_fee=null",
          "sweepstakes_fee=null",
          "general_donation_fee=36.48",
          "net_deductible_amount=1198.02",
          "mailing_address_first_name=null",
          "mailing_address_last_name=null",
          "mailing_address_address1=null",
          "mailing_address_address2=null",
          "mailing_address_city=null",
          "mailing_address_state=null",
          "mailing_address_country=null",
          "mailing_address_zip_code=null",
          "mailing_address_phone=null",
          "members=[{\"FirstName\":\"Rosa\",\"LastName\":\"Ñúñez\"}]",
          "fees_paid_by_supporters=36.48",
          "comment=¡Ánimo! <b>Keep going</b>",
          "recieved_email_campaign_updates=false",
          "donor_id=583548",
          "donor_email=jose.nunez@example.org",
          "donor_last_name=Ñúñez",
          "donor_first_name=José");

  private static final String DONATION_1015 =
      row(
          "campaign_id=1203",
          "is_recurring=false",
          "campaign_name=O'Brien Family 5K",
          "campaign_type=Raffle",
          "status=Refunded",
          "payment_type=Check",
          "credit_card_last4=null",
          "credit_card_type=null",
          "source=Manual",
          "fund_code=null",
          "agreement_info=I agree to the raffle rules",
          "special_instructions=null",
          "causes=[]",
          "custom_fields=[]",
          "recurrence_period=null",
          "is_refunded=true",
          "refund_reason=Duplicate payment",
          "refund_date=2022-03-02 09:05:06.000",
          "recurring_end_date=null",
          "transaction_id=1015",
          "transaction_created_date=2022-03-01 01:02:03.000",
          "transaction_updated_date=2022-03-02 09:05:06.000",
          "transaction_gross_amount=$20.00",
          "transaction_gross_amount_value=20.00",
          "transaction_net_amount=$0.00",
          "transaction_net_amount_value=0.00",
          "athon_amount=null",
          "auction_amount=null",
          "crowdfunding_amount=null",
          "ticketing_amount=null",
          "raffle_amount=20.00",
          "sweepstakes_amount=null",
          "general_donation_amount=null",
          "sale_amount=null",
          "athon_fee=null",
          "auction_fee=null",
          "crowdfunding_fee=null",
          "ticketing_fee=null",
          "raffle_fee=0.50",
          "sale_fee=null",
          "sweepstakes_fee=null",
          "general_donation_fee=null",
          "net_deductible_amount=0.00",
          "mailing_address_first_name=Siobhán",
          "mailing_address_last_name=O'Brien",
          "mailing_address_address1=12 Main St",
          "mailing_address_address2=null",
          "mailing_address_city=Boston",
          "mailing_address_state=MA",
          "mailing_address_country=United States",
          "mailing_address_zip_code=02118",
          "mailing_address_phone=null",
          "members=[]",
          "fees_paid_by_supporters=null",
          "comment=Refunded: bought twice",
          "recieved_email_campaign_updates=false",
          "donor_id=58213",
          "donor_email=siobhan.o'brien+gala@example.org",
          "donor_last_name=O'Brien",
          "donor_first_name=Siobhán");

  private static final String CAMPAIGN_1144 =
      row(
          "id=1144",
          "name=Sale for API",
          "url=https://go.rallyup.com/eae009",
          "campaign_setup_url=https://go.rallyup.com/Campaigns/Setup/eae009",
          "campaign_status=Started",
          "start_date_utc=2018-03-27 17:07:44.000",
          "end_date_utc=2018-09-28 07:59:00.000",
          "amount_raised=100.00",
          "amount_raised_in_period=0.00",
          "amount_goal=100.00",
          "goal_period=null",
          "total_views=1",
          "total_supporters=1",
          "image_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUp/4f1c2a9e0b7d4e55.jpg"
              + "?width=1100&height=418");

  private static final String CAMPAIGN_COLUMNS =
      "id, name, url, campaign_setup_url, campaign_status, start_date_utc, end_date_utc,"
          + " amount_raised, amount_raised_in_period, amount_goal, goal_period, total_views,"
          + " total_supporters, image_url";

  private FakeRallyUp fake;

  @BeforeEach
  void startFake() {
    fake = new FakeRallyUp();
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  /** A table added to the catalog without a test here fails this. */
  @Test
  void everyTableOfTheSchemaHasATestInThisClass() throws SQLException {
    try (Connection connection = organization(fake)) {
      assertThat(tableNames(connection, "rallyup"))
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
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void apiVersion() throws SQLException {
    serve(fake, "/v2/api/version", "rallyup/api_version.json");
    String expected =
        row(
            "version=1.0.0",
            "released_at=2018-03-13 00:00:00.000",
            "identity_type=RallyUpIdentity",
            "user_name=ab4333e7-648b-4bd2-9c3e-51f0e2a7d8c1",
            "authentication_type=ExternalBearer",
            "is_authenticated=true",
            "name=ab4333e7-648b-4bd2-9c3e-51f0e2a7d8c1",
            "roles=[\"ApiUser\"]");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT version, released_at, identity_type, user_name, authentication_type,"
              + " is_authenticated, name, roles FROM api_version",
          expected);
      Sql.assertRows(connection, "SELECT * FROM api_version", expected);
    }
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/version");
  }

  @Test
  void usersByEmail() throws SQLException {
    serve(fake, "/v2/api/finduser/jimmy@rallyup.com", "rallyup/users.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT addresses, created_date, updated_date, is_inactive, has_password, user_id,"
              + " email, first_name, last_name, phone FROM users"
              + " WHERE email = 'jimmy@rallyup.com'",
          row(
              "addresses=null",
              "created_date=2017-08-08 17:47:33.000",
              "updated_date=2018-03-19 21:23:46.000",
              "is_inactive=false",
              "has_password=true",
              "user_id=4968",
              "email=jimmy@rallyup.com",
              "first_name=Jimmy",
              "last_name=Yao",
              "phone=null"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/finduser/jimmy@rallyup.com");
  }

  @Test
  void usersByEmailWithApostropheAndPlusAsPreparedStatement() throws SQLException {
    serve(fake, "/v2/api/finduser/siobhan.o'brien+gala@example.org", "rallyup/users-obrien.json");
    try (Connection connection = organization(fake);
        PreparedStatement statement =
            connection.prepareStatement("SELECT * FROM users WHERE email = ?")) {
      statement.setString(1, "siobhan.o'brien+gala@example.org");
      try (ResultSet resultSet = statement.executeQuery()) {
        assertThat(Sql.render(resultSet))
            .containsExactly(
                row(
                    "addresses=[{\"Address1\":\"12 Main St\",\"Address2\":null,"
                        + "\"City\":\"Boston\",\"State\":\"MA\",\"Country\":\"United States\","
                        + "\"ZipCode\":\"02118\"}]",
                    "created_date=2019-11-05 08:00:00.000",
                    "updated_date=2019-11-05 08:00:00.000",
                    "is_inactive=true",
                    "has_password=false",
                    "user_id=58213",
                    "email=siobhan.o'brien+gala@example.org",
                    "first_name=Siobhán",
                    "last_name=O'Brien",
                    "phone=+353 1 555 0199"));
      }
    }
    assertThat(fake.apiRequests())
        .containsExactly("GET /v2/api/finduser/siobhan.o'brien+gala@example.org");
  }

  @Test
  void usersUnknownEmailIsNoRows() throws SQLException {
    fake.body(
        "/v2/api/finduser/nobody@example.org",
        404,
        FakeRallyUp.error("No user found with the e-mail nobody@example.org").toString());
    try (Connection connection = organization(fake)) {
      assertThat(Sql.rows(connection, "SELECT * FROM users WHERE email = 'nobody@example.org'"))
          .isEmpty();
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/finduser/nobody@example.org");
  }

  @Test
  void usersWithoutEmailIsAnErrorNamingTheColumn() throws SQLException {
    try (Connection connection = organization(fake)) {
      assertThatThrownBy(() -> Sql.rows(connection, "SELECT user_id, email FROM users"))
          .isInstanceOf(SQLException.class)
          .hasMessageStartingWith("Table rallyup.users needs a condition on column email")
          .hasMessageContaining("'email' parameter")
          .hasMessageContaining(
              "For example: SELECT * FROM rallyup.users WHERE email = 'someone@example.org'")
          .hasMessageContaining("or join it on email to a column of another table")
          // a column of the schema holding addresses, found in the catalog
          .hasMessageContaining(
              "e.g. SELECT * FROM rallyup.donations o JOIN rallyup.users t"
                  + " ON t.email = o.donor_email");
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void campaigns() throws SQLException {
    serve(fake, "/v2/api/listcampaigns", "rallyup/campaigns.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns",
          CAMPAIGN_1144,
          row(
              "id=1187",
              "name=Fundraiser for José Ñúñez",
              "url=https://go.rallyup.com/b71c3d",
              "campaign_setup_url=https://go.rallyup.com/Campaigns/Setup/b71c3d",
              "campaign_status=Ended",
              "start_date_utc=2021-12-01 00:00:00.000",
              "end_date_utc=2022-01-31 23:59:59.000",
              "amount_raised=1234.50",
              "amount_raised_in_period=0.00",
              "amount_goal=null",
              "goal_period=null",
              "total_views=5321",
              "total_supporters=42",
              "image_url=null"),
          row(
              "id=1203",
              "name=O'Brien Family 5K",
              "url=https://go.rallyup.com/c0ffee",
              "campaign_setup_url=https://go.rallyup.com/Campaigns/Setup/c0ffee",
              "campaign_status=Completed",
              "start_date_utc=2022-02-28 15:30:00.000",
              "end_date_utc=2022-03-01 02:00:00.000",
              "amount_raised=99.99",
              "amount_raised_in_period=12.01",
              "amount_goal=2500.00",
              "goal_period=null",
              "total_views=0",
              "total_supporters=0",
              "image_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUp/9a8b7c6d5e4f3a2b.png"));
    }
    assertThat(fake.apiRequests())
        .containsExactly("GET /v2/api/listcampaigns?pageIndex=1&pageSize=100");
  }

  @Test
  void campaignsByIdUseTheLookupEndpointOnly() throws SQLException {
    serve(fake, "/v2/api/campaign/1144", "rallyup/campaigns-1144.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE id = 1144",
          CAMPAIGN_1144);
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT id, name, amount_goal FROM campaigns WHERE id = ?")) {
        statement.setLong(1, 1144);
        try (ResultSet resultSet = statement.executeQuery()) {
          assertThat(Sql.render(resultSet))
              .containsExactly("id=1144; name=Sale for API; amount_goal=100.00");
        }
      }
    }
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly("GET /v2/api/campaign/1144");
  }

  @Test
  void donations() throws SQLException {
    serve(fake, "/v2/api/listdonations", "rallyup/donations.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + DONATION_COLUMNS + " FROM donations",
          DONATION_989,
          DONATION_1002,
          DONATION_1015);
      Sql.assertRows(
          connection, "SELECT * FROM donations", DONATION_989, DONATION_1002, DONATION_1015);
    }
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly(DONATIONS_PAGE_1);
  }

  @Test
  void donationsCurrencyTwinsAlone() throws SQLException {
    serve(fake, "/v2/api/listdonations", "rallyup/donations.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT transaction_id, transaction_net_amount_value, transaction_gross_amount_value"
              + " FROM donations",
          "transaction_id=989; transaction_net_amount_value=93.77;"
              + " transaction_gross_amount_value=101.00",
          "transaction_id=1002; transaction_net_amount_value=1198.02;"
              + " transaction_gross_amount_value=1234.50",
          "transaction_id=1015; transaction_net_amount_value=0.00;"
              + " transaction_gross_amount_value=20.00");
    }
    assertThat(fake.apiRequests()).containsExactly(DONATIONS_PAGE_1);
  }

  @Test
  void donationsItems() throws SQLException {
    serve(fake, "/v2/api/listdonations", "rallyup/donations.json");
    String[] expected = {
      "transaction_id=989; item_id=47; name=Item Number 1; quantity=4; type=SaleItem; price=15.00",
      "transaction_id=989; item_id=52; name=Flower Box – Large; quantity=1; type=SaleItem;"
          + " price=41.25",
      "transaction_id=1015; item_id=77; name=10 Raffle Tickets; quantity=1; type=RaffleTicket;"
          + " price=20.00"
    };
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT transaction_id, item_id, name, quantity, type, price FROM donations_items",
          expected);
      Sql.assertRows(connection, "SELECT * FROM donations_items", expected);
    }
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly(DONATIONS_PAGE_1);
  }

  @Test
  void emptyListAnswered204IsNoRows() throws SQLException {
    fake.body("/v2/api/listdonations", 204, "");
    fake.body("/v3/api/auctionBids", 204, "");
    try (Connection connection = organization(fake)) {
      assertThat(Sql.rows(connection, "SELECT transaction_id FROM donations")).isEmpty();
      assertThat(Sql.rows(connection, "SELECT * FROM donations_items")).isEmpty();
      assertThat(Sql.rows(connection, "SELECT id, bid_amount FROM auction_bids")).isEmpty();
    }
    assertThat(fake.apiRequests())
        .containsExactly(DONATIONS_PAGE_1, DONATIONS_PAGE_1, "GET /v3/api/auctionBids");
  }

  @Test
  void fallbackPathIsFoundAndRemembered() throws SQLException {
    serve(fake, "/v1/api/listdonations", "rallyup/donations.json");
    String v1 = "GET /v1/api/listdonations?pageIndex=1&pageSize=100";
    // without the cache, so that each query shows the path it uses
    try (Connection connection = DriverManager.getConnection(fake.jdbcUrl(";cacheTtlSeconds=0"))) {
      Sql.assertRows(
          connection,
          "SELECT transaction_id, donor_first_name FROM donations",
          "transaction_id=989; donor_first_name=Jimmy",
          "transaction_id=1002; donor_first_name=José",
          "transaction_id=1015; donor_first_name=Siobhán");
      assertThat(fake.apiRequests()).containsExactly(DONATIONS_PAGE_1, v1);

      fake.clearRequests();
      Sql.assertRows(
          connection,
          "SELECT transaction_id, transaction_gross_amount FROM donations",
          "transaction_id=989; transaction_gross_amount=$101.00",
          "transaction_id=1002; transaction_gross_amount=$1,234.50",
          "transaction_id=1015; transaction_gross_amount=$20.00");
      Sql.assertRows(
          connection,
          "SELECT transaction_id, item_id FROM donations_items",
          "transaction_id=989; item_id=47",
          "transaction_id=989; item_id=52",
          "transaction_id=1015; item_id=77");
      assertThat(fake.apiRequests()).containsExactly(v1, v1);
    }
  }

  @Test
  void transactionItems() throws SQLException {
    serve(fake, "/v3/api/transactionItems", "rallyup/transaction_items.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, first_name, last_name, email,"
              + " transaction_date, transaction_date_formatted, currency, currency_symbol,"
              + " members, is_anonymous, in_name_of, marketing_opt_in,"
              + " mailing_address_first_name, mailing_address_last_name,"
              + " mailing_address_address1, mailing_address_address2, mailing_address_city,"
              + " mailing_address_state, mailing_address_country, mailing_address_zip_code,"
              + " mailing_address_phone, gift_aid_opt_in, gift_aid_information, fund_code,"
              + " special_instructions, causes, custom_fields, comment,"
              + " received_email_campaign_updates, donor_id, campaign_friendly_url,"
              + " campaign_permanent_url, sweepstakes_entries, a_thon_pledges, event_tickets,"
              + " crowdfunding_perks, sale_items FROM transaction_items",
          row(
              "id=25822",
              "campaign_id=329",
              "campaign_title=My Campaign",
              "first_name=Jimmy",
              "last_name=Yao",
              "email=email@email.com",
              "transaction_date=2020-12-17 11:32:31.763",
              "transaction_date_formatted=12/17/2020 3:32AM PST",
              "currency=USD",
              "currency_symbol=$",
              "members=[]",
              "is_anonymous=true",
              "in_name_of=null",
              "marketing_opt_in=false",
              "mailing_address_first_name=Jimmy",
              "mailing_address_last_name=Yao",
              "mailing_address_address1=7650 E. Broadway Blvd",
              "mailing_address_address2=null",
              "mailing_address_city=Tucson",
              "mailing_address_state=AZ",
              "mailing_address_country=United States",
              "mailing_address_zip_code=85710",
              "mailing_address_phone=+12345678900",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=null",
              "special_instructions=null",
              "causes=[]",
              "custom_fields=[]",
              "comment=null",
              "received_email_campaign_updates=true",
              "donor_id=1",
              "campaign_friendly_url=https://go.rallyup.com/mycampaign",
              "campaign_permanent_url=https://go.rallyup.com/xxxxxx",
              "sweepstakes_entries=null",
              "a_thon_pledges=null",
              "event_tickets=null",
              "crowdfunding_perks=null",
              "sale_items=null"),
          row(
              "id=25900",
              "campaign_id=335",
              "campaign_title=Gala de Otoño",
              "first_name=José",
              "last_name=Ñúñez",
              "email=jose.nunez@example.org",
              "transaction_date=2021-03-25 20:39:57.000",
              "transaction_date_formatted=3/25/2021 4:39PM EDT",
              "currency=EUR",
              "currency_symbol=€",
              "members=[]",
              "is_anonymous=false",
              "in_name_of=Abuela Rosa",
              "marketing_opt_in=true",
              "mailing_address_first_name=null",
              "mailing_address_last_name=null",
              "mailing_address_address1=null",
              "mailing_address_address2=null",
              "mailing_address_city=null",
              "mailing_address_state=null",
              "mailing_address_country=null",
              "mailing_address_zip_code=null",
              "mailing_address_phone=null",
              "gift_aid_opt_in=true",
              "gift_aid_information={\"Title\":\"Mr\",\"HouseNumber\":\"12\"}",
              "fund_code=GALA-21",
              "special_instructions=Table near the stage",
              "causes=[]",
              "custom_fields=[{\"Label\":\"Dietary needs\",\"Value\":\"Vegetarian\"}]",
              "comment=¡Olé!",
              "received_email_campaign_updates=false",
              "donor_id=583548",
              "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
              "campaign_permanent_url=https://go.rallyup.com/a1b2c3",
              "sweepstakes_entries=null",
              "a_thon_pledges=null",
              "event_tickets=[{\"Name\":\"General Admission\",\"Quantity\":2,\"Price\":75}]",
              "crowdfunding_perks=null",
              "sale_items=null"),
          row(
              "id=26001",
              "campaign_id=1203",
              "campaign_title=O'Brien Family 5K",
              "first_name=Siobhán",
              "last_name=O'Brien",
              "email=siobhan.o'brien+gala@example.org",
              "transaction_date=2022-03-01 01:02:03.500",
              "transaction_date_formatted=2/28/2022 8:02PM EST",
              "currency=USD",
              "currency_symbol=$",
              "members=[]",
              "is_anonymous=false",
              "in_name_of=null",
              "marketing_opt_in=false",
              "mailing_address_first_name=Siobhán",
              "mailing_address_last_name=O'Brien",
              "mailing_address_address1=12 Main St",
              "mailing_address_address2=null",
              "mailing_address_city=Boston",
              "mailing_address_state=MA",
              "mailing_address_country=United States",
              "mailing_address_zip_code=02118",
              "mailing_address_phone=null",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=null",
              "special_instructions=null",
              "causes=[]",
              "custom_fields=[]",
              "comment=null",
              "received_email_campaign_updates=true",
              "donor_id=58213",
              "campaign_friendly_url=https://go.rallyup.com/obrien-5k",
              "campaign_permanent_url=https://go.rallyup.com/c0ffee",
              "sweepstakes_entries=null",
              "a_thon_pledges=null",
              "event_tickets=null",
              "crowdfunding_perks=null",
              "sale_items=[{\"ItemId\":47,\"Name\":\"Item Number 1\",\"Quantity\":1,"
                  + "\"Price\":15}]"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/transactionItems");
  }

  @Test
  void transactionItemsRaffleTickets() throws SQLException {
    serve(fake, "/v3/api/transactionItems", "rallyup/transaction_items.json");
    String[] expected = {
      "id=25822; amount=50.00; entry_start_number=11; entry_end_number=20; entry_level=null;"
          + " quantity=10; prize=null; type=Online Tickets",
      "id=25822; amount=7.50; entry_start_number=21; entry_end_number=23; entry_level=Gold;"
          + " quantity=3; prize=Kayak <i>for two</i>; type=Online Tickets"
    };
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, amount, entry_start_number, entry_end_number, entry_level, quantity, prize,"
              + " type FROM transaction_items_raffle_tickets",
          expected);
      Sql.assertRows(connection, "SELECT * FROM transaction_items_raffle_tickets", expected);
    }
    assertThat(fake.apiRequests())
        .containsExactly("GET /v3/api/transactionItems", "GET /v3/api/transactionItems");
  }

  @Test
  void auctionBids() throws SQLException {
    serve(fake, "/v3/api/auctionBids", "rallyup/auction_bids.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, first_name, last_name, email, bid_date,"
              + " bid_date_formatted, currency, currency_symbol, members, is_anonymous,"
              + " in_name_of, marketing_opt_in, mailing_address_first_name,"
              + " mailing_address_last_name, mailing_address_address1, mailing_address_address2,"
              + " mailing_address_city, mailing_address_state, mailing_address_country,"
              + " mailing_address_zip_code, mailing_address_phone, gift_aid_opt_in,"
              + " gift_aid_information, fund_code, special_instructions, causes, custom_fields,"
              + " comment, received_email_campaign_updates, donor_id, campaign_friendly_url,"
              + " campaign_permanent_url, item_id, item_name, bid_amount, maximum_bid,"
              + " bid_status, auction_type FROM auction_bids",
          row(
              "id=E_564156",
              "campaign_id=110982",
              "campaign_title=Spring Auction",
              "first_name=Jimmy",
              "last_name=Yao",
              "email=email@email.com",
              "bid_date=2021-03-25 22:39:57.513",
              "bid_date_formatted=3/25/2021 6:39PM EST",
              "currency=USD",
              "currency_symbol=$",
              "members=[]",
              "is_anonymous=false",
              "in_name_of=null",
              "marketing_opt_in=false",
              "mailing_address_first_name=null",
              "mailing_address_last_name=null",
              "mailing_address_address1=null",
              "mailing_address_address2=null",
              "mailing_address_city=null",
              "mailing_address_state=null",
              "mailing_address_country=null",
              "mailing_address_zip_code=null",
              "mailing_address_phone=null",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=null",
              "special_instructions=null",
              "causes=[]",
              "custom_fields=[]",
              "comment=null",
              "received_email_campaign_updates=true",
              "donor_id=583548",
              "campaign_friendly_url=https://go.rallyup.com/spring-auction",
              "campaign_permanent_url=https://go.rallyup.com/d4e5f6",
              "item_id=153755",
              "item_name=An auction item",
              "bid_amount=136.00",
              "maximum_bid=null",
              "bid_status=Winning",
              "auction_type=English"),
          row(
              "id=E_564201",
              "campaign_id=110982",
              "campaign_title=Spring Auction",
              "first_name=José",
              "last_name=Ñúñez",
              "email=jose.nunez@example.org",
              "bid_date=2021-03-26 08:00:00.100",
              "bid_date_formatted=3/26/2021 4:00AM EDT",
              "currency=USD",
              "currency_symbol=$",
              "members=[]",
              "is_anonymous=true",
              "in_name_of=Familia Ñúñez",
              "marketing_opt_in=true",
              "mailing_address_first_name=José",
              "mailing_address_last_name=Ñúñez",
              "mailing_address_address1=Calle Mayor 1",
              "mailing_address_address2=2º B",
              "mailing_address_city=Madrid",
              "mailing_address_state=M",
              "mailing_address_country=Spain",
              "mailing_address_zip_code=28013",
              "mailing_address_phone=+34 600 000 000",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=AUC-21",
              "special_instructions=Ship it, please",
              "causes=[]",
              "custom_fields=[]",
              "comment=Worth every cent",
              "received_email_campaign_updates=false",
              "donor_id=583549",
              "campaign_friendly_url=https://go.rallyup.com/spring-auction",
              "campaign_permanent_url=https://go.rallyup.com/d4e5f6",
              "item_id=153756",
              "item_name=Weekend in Sedona",
              "bid_amount=150.50",
              "maximum_bid=1234.56",
              "bid_status=Outbid",
              "auction_type=English"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/auctionBids");
  }

  @Test
  void recurringDonations() throws SQLException {
    serve(fake, "/v3/api/recurringDonations", "rallyup/recurring_donations.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, first_name, last_name, email,"
              + " recurring_start_date, recurring_start_date_formatted, next_charge_date,"
              + " next_charge_date_formatted, recurring_amount, frequency, payments_count,"
              + " status, payment_type, credit_card_last4, credit_card_type, members,"
              + " is_anonymous, in_name_of, marketing_opt_in, mailing_address_first_name,"
              + " mailing_address_last_name, mailing_address_address1, mailing_address_address2,"
              + " mailing_address_city, mailing_address_state, mailing_address_country,"
              + " mailing_address_zip_code, mailing_address_phone, gift_aid_opt_in,"
              + " gift_aid_information, fund_code, special_instructions, causes, custom_fields,"
              + " comment, received_email_campaign_updates, donor_id, campaign_friendly_url,"
              + " campaign_permanent_url FROM recurring_donations",
          row(
              "id=24851",
              "campaign_id=342",
              "campaign_title=Monthly Giving",
              "first_name=Jimmy",
              "last_name=Yao",
              "email=email@email.com",
              "recurring_start_date=2020-12-17 11:32:31.763",
              "recurring_start_date_formatted=12/17/2020 3:32AM PST",
              "next_charge_date=2021-03-17 11:32:31.763",
              "next_charge_date_formatted=3/17/2021 4:32AM PDT",
              "recurring_amount=100.00",
              "frequency=Monthly",
              "payments_count=3",
              "status=Active",
              "payment_type=CreditCard",
              "credit_card_last4=1111",
              "credit_card_type=visa",
              "members=[]",
              "is_anonymous=false",
              "in_name_of=null",
              "marketing_opt_in=true",
              "mailing_address_first_name=Jimmy",
              "mailing_address_last_name=Yao",
              "mailing_address_address1=7650 E. Broadway Blvd",
              "mailing_address_address2=Suite 203",
              "mailing_address_city=Tucson",
              "mailing_address_state=AZ",
              "mailing_address_country=United States",
              "mailing_address_zip_code=85710",
              "mailing_address_phone=5205555555",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=null",
              "special_instructions=null",
              "causes=[]",
              "custom_fields=[]",
              "comment=null",
              "received_email_campaign_updates=true",
              "donor_id=2",
              "campaign_friendly_url=https://go.rallyup.com/monthly-giving",
              "campaign_permanent_url=https://go.rallyup.com/e7f8a9"),
          row(
              "id=24852",
              "campaign_id=342",
              "campaign_title=Monthly Giving",
              "first_name=José",
              "last_name=Ñúñez",
              "email=jose.nunez@example.org",
              "recurring_start_date=2021-01-05 00:00:00.000",
              "recurring_start_date_formatted=1/4/2021 4:00PM PST",
              "next_charge_date=null",
              "next_charge_date_formatted=null",
              "recurring_amount=12.50",
              "frequency=Weekly",
              "payments_count=0",
              "status=Cancelled",
              "payment_type=CreditCard",
              "credit_card_last4=0005",
              "credit_card_type=mastercard",
              "members=[]",
              "is_anonymous=true",
              "in_name_of=Abuela Rosa",
              "marketing_opt_in=false",
              "mailing_address_first_name=null",
              "mailing_address_last_name=null",
              "mailing_address_address1=null",
              "mailing_address_address2=null",
              "mailing_address_city=null",
              "mailing_address_state=null",
              "mailing_address_country=null",
              "mailing_address_zip_code=null",
              "mailing_address_phone=null",
              "gift_aid_opt_in=false",
              "gift_aid_information=null",
              "fund_code=GEN-2021",
              "special_instructions=null",
              "causes=[]",
              "custom_fields=[]",
              "comment=Para mi abuela ❤",
              "received_email_campaign_updates=false",
              "donor_id=583548",
              "campaign_friendly_url=https://go.rallyup.com/monthly-giving",
              "campaign_permanent_url=https://go.rallyup.com/e7f8a9"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/recurringDonations");
  }

  @Test
  void liveStreams() throws SQLException {
    serve(fake, "/v3/api/liveStreamStatus", "rallyup/live_streams.json");
    String[] expected = {
      row(
          "id=342",
          "campaign_id=342",
          "campaign_title=Monthly Giving",
          "is_stream_active=true",
          "stream_url=https://www.youtube.com/watch?v=XXXXXX",
          "setup_stream_start_date=2021-04-01 17:00:00.000",
          "setup_stream_start_date_formatted=4/1/2021 10:00AM PDT",
          "start_date=2021-04-01 17:02:13.500",
          "start_date_formatted=4/1/2021 10:02AM PDT",
          "end_date=null",
          "end_date_formatted=null",
          "campaign_friendly_url=https://go.rallyup.com/monthly-giving",
          "campaign_permanent_url=https://go.rallyup.com/e7f8a9"),
      row(
          "id=360",
          "campaign_id=360",
          "campaign_title=Gala de Otoño",
          "is_stream_active=false",
          "stream_url=https://vimeo.com/123456789",
          "setup_stream_start_date=2021-10-01 23:00:00.000",
          "setup_stream_start_date_formatted=10/1/2021 7:00PM EDT",
          "start_date=2021-10-01 23:05:00.000",
          "start_date_formatted=10/1/2021 7:05PM EDT",
          "end_date=2021-10-02 03:15:00.000",
          "end_date_formatted=10/1/2021 11:15PM EDT",
          "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
          "campaign_permanent_url=https://go.rallyup.com/a1b2c3")
    };
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, is_stream_active, stream_url,"
              + " setup_stream_start_date, setup_stream_start_date_formatted, start_date,"
              + " start_date_formatted, end_date, end_date_formatted, campaign_friendly_url,"
              + " campaign_permanent_url FROM live_streams",
          expected);
      Sql.assertRows(connection, "SELECT * FROM live_streams", expected);
    }
    assertThat(fake.apiRequests())
        .containsExactly("GET /v3/api/liveStreamStatus", "GET /v3/api/liveStreamStatus");
  }

  @Test
  void campaignUpdates() throws SQLException {
    serve(fake, "/v3/api/campaignUpdates", "rallyup/campaign_updates.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, update_title, update_content, posted_by,"
              + " posted_date, posted_date_formatted, campaign_friendly_url,"
              + " campaign_permanent_url FROM campaign_updates",
          row(
              "id=94",
              "campaign_id=458",
              "campaign_title=Spring Fun Run",
              "update_title=We're halfway there!",
              "update_content=<p>Thanks to <strong>everyone</strong> who gave &amp; shared.</p>",
              "posted_by=FirstName LastName",
              "posted_date=2021-05-01 15:30:00.000",
              "posted_date_formatted=5/1/2021 8:30AM PDT",
              "campaign_friendly_url=https://go.rallyup.com/spring-fun-run",
              "campaign_permanent_url=https://go.rallyup.com/f0e1d2"),
          row(
              "id=95",
              "campaign_id=458",
              "campaign_title=Spring Fun Run",
              "update_title=Gracias — ¡lo logramos!",
              "update_content=Línea 1\nLínea 2 \"entre comillas\"",
              "posted_by=José Ñúñez",
              "posted_date=2021-05-20 02:00:00.250",
              "posted_date_formatted=5/19/2021 7:00PM PDT",
              "campaign_friendly_url=https://go.rallyup.com/spring-fun-run",
              "campaign_permanent_url=https://go.rallyup.com/f0e1d2"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/campaignUpdates");
  }

  @Test
  void raffleWinners() throws SQLException {
    serve(fake, "/v3/api/raffleWinners", "rallyup/raffle_winners.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, winner_id, winner_first_name,"
              + " winner_last_name, winner_email, winner_phone_number, prize,"
              + " winning_ticket_number, campaign_friendly_url, campaign_permanent_url"
              + " FROM raffle_winners",
          row(
              "id=4",
              "campaign_id=255",
              "campaign_title=Spring Raffle",
              "winner_id=2",
              "winner_first_name=Jimmy",
              "winner_last_name=Yao",
              "winner_email=email@email.com",
              "winner_phone_number=+12345678900",
              "prize=Kayak",
              "winning_ticket_number=W196",
              "campaign_friendly_url=https://go.rallyup.com/spring-raffle",
              "campaign_permanent_url=https://go.rallyup.com/b3c4d5"),
          row(
              "id=5",
              "campaign_id=255",
              "campaign_title=Spring Raffle",
              "winner_id=58213",
              "winner_first_name=Siobhán",
              "winner_last_name=O'Brien",
              "winner_email=siobhan.o'brien+gala@example.org",
              "winner_phone_number=null",
              "prize=Gift card – $50",
              "winning_ticket_number=0042",
              "campaign_friendly_url=https://go.rallyup.com/spring-raffle",
              "campaign_permanent_url=https://go.rallyup.com/b3c4d5"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/raffleWinners");
  }

  @Test
  void sweepstakesWinners() throws SQLException {
    serve(fake, "/v3/api/sweepstakesWinners", "rallyup/sweepstakes_winners.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, winner_id, winner_first_name,"
              + " winner_last_name, winner_email, winner_phone_number, prize,"
              + " winning_ticket_number, campaign_friendly_url, campaign_permanent_url"
              + " FROM sweepstakes_winners",
          row(
              "id=2",
              "campaign_id=253",
              "campaign_title=Summer Sweepstakes",
              "winner_id=8808",
              "winner_first_name=José",
              "winner_last_name=Ñúñez",
              "winner_email=jose.nunez@example.org",
              "winner_phone_number=+34 600 000 000",
              "prize=Trip for two",
              "winning_ticket_number=T1",
              "campaign_friendly_url=https://go.rallyup.com/summer-sweeps",
              "campaign_permanent_url=https://go.rallyup.com/c5d6e7"),
          row(
              "id=3",
              "campaign_id=253",
              "campaign_title=Summer Sweepstakes",
              "winner_id=2",
              "winner_first_name=Jimmy",
              "winner_last_name=Yao",
              "winner_email=email@email.com",
              "winner_phone_number=null",
              "prize=Runner-up: <b>T-shirt</b>",
              "winning_ticket_number=T17",
              "campaign_friendly_url=https://go.rallyup.com/summer-sweeps",
              "campaign_permanent_url=https://go.rallyup.com/c5d6e7"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/sweepstakesWinners");
  }

  @Test
  void auctionWinners() throws SQLException {
    serve(fake, "/v3/api/auctionWinners", "rallyup/auction_winners.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, winner_id, winner_first_name,"
              + " winner_last_name, winner_email, winner_phone_number, item_id, item_name,"
              + " category, winning_bid_amount, payment_status, campaign_friendly_url,"
              + " campaign_permanent_url FROM auction_winners",
          row(
              "id=25",
              "campaign_id=360",
              "campaign_title=Gala de Otoño",
              "winner_id=8808",
              "winner_first_name=Jimmy",
              "winner_last_name=Yao",
              "winner_email=email@email.com",
              "winner_phone_number=+12345678900",
              "item_id=29",
              "item_name=Weekend in Sedona",
              "category=Items Category",
              "winning_bid_amount=300.00",
              "payment_status=Paid",
              "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
              "campaign_permanent_url=https://go.rallyup.com/a1b2c3"),
          row(
              "id=26",
              "campaign_id=360",
              "campaign_title=Gala de Otoño",
              "winner_id=583548",
              "winner_first_name=José",
              "winner_last_name=Ñúñez",
              "winner_email=jose.nunez@example.org",
              "winner_phone_number=null",
              "item_id=31",
              "item_name=Cuadro \"Atardecer\" (óleo)",
              "category=null",
              "winning_bid_amount=1250.75",
              "payment_status=Unpaid",
              "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
              "campaign_permanent_url=https://go.rallyup.com/a1b2c3"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/auctionWinners");
  }

  @Test
  void activityResults() throws SQLException {
    serve(fake, "/v3/api/activityResults", "rallyup/activity_results.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, participant_name, team_name, activity_name,"
              + " units_terminology_singular, units_terminology_plural, units_completed,"
              + " activity_date, activity_date_formatted, campaign_friendly_url,"
              + " campaign_permanent_url FROM activity_results",
          row(
              "id=22",
              "campaign_id=308",
              "campaign_title=My a-thon",
              "participant_name=Jimmy Yao",
              "team_name=Team Name",
              "activity_name=Run",
              "units_terminology_singular=Mile",
              "units_terminology_plural=Miles",
              "units_completed=22.0000",
              "activity_date=2021-04-10 14:00:00.000",
              "activity_date_formatted=4/10/2021 7:00AM PDT",
              "campaign_friendly_url=https://go.rallyup.com/my-a-thon",
              "campaign_permanent_url=https://go.rallyup.com/a7b8c9"),
          row(
              "id=23",
              "campaign_id=308",
              "campaign_title=My a-thon",
              "participant_name=José Ñúñez",
              "team_name=null",
              "activity_name=Run",
              "units_terminology_singular=Mile",
              "units_terminology_plural=Miles",
              "units_completed=3.1000",
              "activity_date=2021-04-11 06:30:00.000",
              "activity_date_formatted=4/10/2021 11:30PM PDT",
              "campaign_friendly_url=https://go.rallyup.com/my-a-thon",
              "campaign_permanent_url=https://go.rallyup.com/a7b8c9"),
          row(
              "id=24",
              "campaign_id=308",
              "campaign_title=My a-thon",
              "participant_name=Siobhán O'Brien",
              "team_name=Los Rápidos",
              "activity_name=Swim",
              "units_terminology_singular=Lap",
              "units_terminology_plural=Laps",
              "units_completed=0.2500",
              "activity_date=2021-04-12 18:45:10.123",
              "activity_date_formatted=4/12/2021 11:45AM PDT",
              "campaign_friendly_url=https://go.rallyup.com/my-a-thon",
              "campaign_permanent_url=https://go.rallyup.com/a7b8c9"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/activityResults");
  }

  @Test
  void participants() throws SQLException {
    serve(fake, "/v3/api/participants", "rallyup/participants.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, team_name, participant_first_name,"
              + " participant_last_name, registration_option, participant_email_address,"
              + " participant_phone_number, participant_mailing_address, participant_activity,"
              + " participant_units_completed, participant_fundraising_goal,"
              + " participant_units_goal, fundraising_page_permanent_url,"
              + " fundraising_page_friendly_url, fundraising_page_description,"
              + " participant_custom_fields, campaign_friendly_url, campaign_permanent_url"
              + " FROM participants",
          row(
              "id=37039",
              "campaign_id=335",
              "campaign_title=Gala de Otoño",
              "team_name=Team Name",
              "participant_first_name=Jimmy",
              "participant_last_name=Yao",
              "registration_option=Free Registration",
              "participant_email_address=email@email.com",
              "participant_phone_number=+012345678900",
              "participant_mailing_address=null",
              "participant_activity=run",
              "participant_units_completed=0.0000",
              "participant_fundraising_goal=null",
              "participant_units_goal=null",
              "fundraising_page_permanent_url=XXXXXX",
              "fundraising_page_friendly_url=MyFriendlyURL",
              "fundraising_page_description=<p>...</p>",
              "participant_custom_fields=null",
              "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
              "campaign_permanent_url=https://go.rallyup.com/a1b2c3"),
          row(
              "id=37040",
              "campaign_id=335",
              "campaign_title=Gala de Otoño",
              "team_name=null",
              "participant_first_name=José",
              "participant_last_name=Ñúñez",
              "registration_option=Adult – $25",
              "participant_email_address=jose.nunez@example.org",
              "participant_phone_number=null",
              "participant_mailing_address=null",
              "participant_activity=walk",
              "participant_units_completed=12.5000",
              "participant_fundraising_goal=500.00",
              "participant_units_goal=26.2000",
              "fundraising_page_permanent_url=d3e4f5",
              "fundraising_page_friendly_url=jose-camina",
              "fundraising_page_description=<p>Camino por mi abuela &amp; por ti</p>",
              "participant_custom_fields=[{\"Label\":\"Shirt size\",\"Value\":\"L\"}]",
              "campaign_friendly_url=https://go.rallyup.com/gala-de-otono",
              "campaign_permanent_url=https://go.rallyup.com/a1b2c3"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/participants");
  }

  @Test
  void teams() throws SQLException {
    serve(fake, "/v3/api/teams", "rallyup/teams.json");
    String[] expected = {
      row(
          "id=2895",
          "campaign_id=342",
          "campaign_title=Monthly Giving",
          "team_name=Los Rápidos",
          "registration_option=Team Registration",
          "fundraising_page_description=<h2>Go team!</h2><p>Every mile counts.</p>",
          "team_email_address=rapidos@example.org",
          "team_fundraising_goal=null",
          "fundraising_page_permanent_url=ab12cd",
          "fundraising_page_friendly_url=los-rapidos",
          "participant_custom_fields=[]",
          "campaign_friendly_url=https://go.rallyup.com/monthly-giving",
          "campaign_permanent_url=https://go.rallyup.com/e7f8a9"),
      row(
          "id=2896",
          "campaign_id=342",
          "campaign_title=Monthly Giving",
          "team_name=O'Brien's Crew",
          "registration_option=Free Registration",
          "fundraising_page_description=",
          "team_email_address=null",
          "team_fundraising_goal=1500.00",
          "fundraising_page_permanent_url=ef34gh",
          "fundraising_page_friendly_url=obriens-crew",
          "participant_custom_fields=[\"Registered at the door\"]",
          "campaign_friendly_url=https://go.rallyup.com/monthly-giving",
          "campaign_permanent_url=https://go.rallyup.com/e7f8a9")
    };
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, team_name, registration_option,"
              + " fundraising_page_description, team_email_address, team_fundraising_goal,"
              + " fundraising_page_permanent_url, fundraising_page_friendly_url,"
              + " participant_custom_fields, campaign_friendly_url, campaign_permanent_url"
              + " FROM teams",
          expected);
      Sql.assertRows(connection, "SELECT * FROM teams", expected);
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/teams", "GET /v3/api/teams");
  }

  @Test
  void contactOrganizerMessages() throws SQLException {
    serve(fake, "/v3/api/contactOrganizerMessages", "rallyup/contact_organizer_messages.json");
    try (Connection connection = organization(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_title, sender_email, sender_name, message,"
              + " message_subject, campaign_friendly_url, campaign_permanent_url"
              + " FROM contact_organizer_messages",
          row(
              "id=1",
              "campaign_id=123",
              "campaign_title=Sale for API",
              "sender_email=email@email.com",
              "sender_name=Jimmy Yao",
              "message=Can I pay by check?",
              "message_subject=Question",
              "campaign_friendly_url=https://go.rallyup.com/sale-for-api",
              "campaign_permanent_url=https://go.rallyup.com/eae009"),
          row(
              "id=2",
              "campaign_id=123",
              "campaign_title=Sale for API",
              "sender_email=siobhan.o'brien+gala@example.org",
              "sender_name=Siobhán O'Brien",
              "message=<script>alert('x')</script> shows as text, right?",
              "message_subject=HTML & you",
              "campaign_friendly_url=https://go.rallyup.com/sale-for-api",
              "campaign_permanent_url=https://go.rallyup.com/eae009"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v3/api/contactOrganizerMessages");
  }
}
