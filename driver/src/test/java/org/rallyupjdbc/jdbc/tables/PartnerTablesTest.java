package org.rallyupjdbc.jdbc.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.partner;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.row;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.serve;
import static org.rallyupjdbc.jdbc.tables.TableFixtures.tableNames;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.rallyupjdbc.testing.Sql;

/**
 * One test per table of the {@code partner} schema. The fixtures in {@code fixtures/partner/} are
 * the Partner API sample bodies ({@code Result} only, no {@code Ok}/{@code Error}/{@code Metadata},
 * exactly as recorded), trimmed to one page where the sample had more records.
 */
class PartnerTablesTest {
  private static final String ORGANIZATION_COLUMNS =
      "id, ein, name, common_name, email, url, is_tax_exempt, address_line1, address_line2,"
          + " address_city, address_state, address_country, address_zip_code, address_phone,"
          + " organization_logo_url, organization_website_url, organization_facebook_url,"
          + " organization_twitter_url, primary_currency, status";

  private static final String CAMPAIGN_COLUMNS =
      "id, name, url, campaign_setup_url, campaign_status, start_date_utc, end_date_utc,"
          + " amount_raised, amount_raised_in_period, amount_goal, goal_period, total_views,"
          + " total_supporters, organization_id, organization_name, timezone_name,"
          + " utc_offset_minutes, time_remaining_minutes, thumbnail_url, cta_label,"
          + " primary_currency, currency_symbol, project_id, fund_code,"
          + " fundraising_activity_type";

  private static final String CAMPAIGNS_OF_2095441 =
      "GET /v1/partnerapi/campaigns?includeDonationPages=true&organizationID=2095441"
          + "&pageIndex=1&pageSize=100";

  private static final String PAGES = "https://my.partnerdomain.com.com/";

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
    try (Connection connection = partner(fake)) {
      assertThat(tableNames(connection, "partner"))
          .containsExactlyInAnyOrder(
              "organizations",
              "campaigns",
              "campaigns_management_pages",
              "campaign_items",
              "org_users");
      assertThat(tableNames(connection, "rallyup")).isEmpty();
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void organizations() throws SQLException {
    serve(fake, "/v1/partnerapi/organizations", "partner/organizations.json");
    String[] expected = {
      row(
          "id=2102183",
          "ein=999991111",
          "name=USAORGA",
          "common_name=USAORGA",
          "email=null",
          "url=https://my.partnerdomain.com/home/a02c36",
          "is_tax_exempt=true",
          "address_line1=42342",
          "address_line2=",
          "address_city=45",
          "address_state=AL",
          "address_country=US",
          "address_zip_code=4534535",
          "address_phone=null",
          "organization_logo_url=null",
          "organization_website_url=null",
          "organization_facebook_url=null",
          "organization_twitter_url=null",
          "primary_currency=USD",
          "status=null"),
      row(
          "id=2102231",
          "ein=null",
          "name=09062020 new user org",
          "common_name=09062020 new user org1",
          "email=null",
          "url=https://my.partnerdomain.com/home/527842",
          "is_tax_exempt=false",
          "address_line1=1",
          "address_line2=null",
          "address_city=1",
          "address_state=AK",
          "address_country=US",
          "address_zip_code=111",
          "address_phone=null",
          "organization_logo_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUpQA/"
              + "cb9bd23d110671b00f1c24ae5207beaa.jpg?width=640&height=480",
          "organization_website_url=null",
          "organization_facebook_url=null",
          "organization_twitter_url=null",
          "primary_currency=USD",
          "status=null"),
      row(
          "id=2102242",
          "ein=null",
          "name=1",
          "common_name=1",
          "email=null",
          "url=https://my.partnerdomain.com/home/301429",
          "is_tax_exempt=false",
          "address_line1=null",
          "address_line2=null",
          "address_city=null",
          "address_state=null",
          "address_country=CA",
          "address_zip_code=null",
          "address_phone=null",
          "organization_logo_url=null",
          "organization_website_url=null",
          "organization_facebook_url=null",
          "organization_twitter_url=null",
          "primary_currency=USD",
          "status=null"),
      row(
          "id=2042282",
          "ein=null",
          "name=dsyarovoy@gmail.com",
          "common_name=Title for test [123#$% ^&*()_-+={}[] ??/'\"<> ",
          "email=null",
          "url=https://my.partnerdomain.com/home/ac4e42",
          "is_tax_exempt=false",
          "address_line1=",
          "address_line2=null",
          "address_city=",
          "address_state=AK",
          "address_country=US",
          "address_zip_code=",
          "address_phone=null",
          "organization_logo_url=null",
          "organization_website_url=null",
          "organization_facebook_url=null",
          "organization_twitter_url=null",
          "primary_currency=USD",
          "status=null"),
      row(
          "id=2042239",
          "ein=322442242",
          "name=Anastasia's perfect amazing organization",
          "common_name=Anastasia's perfect amazing organization",
          "email=null",
          "url=https://my.partnerdomain.com/home/da389c",
          "is_tax_exempt=false",
          "address_line1=null",
          "address_line2=null",
          "address_city=null",
          "address_state=AK",
          "address_country=US",
          "address_zip_code=null",
          "address_phone=null",
          "organization_logo_url=null",
          "organization_website_url=null",
          "organization_facebook_url=null",
          "organization_twitter_url=null",
          "primary_currency=USD",
          "status=null")
    };
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection, "SELECT " + ORGANIZATION_COLUMNS + " FROM organizations", expected);
      Sql.assertRows(connection, "SELECT * FROM organizations", expected);
    }
    String page1 = "GET /v1/partnerapi/organizations?pageIndex=1&pageSize=100";
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly(page1);
  }

  @Test
  void organizationsByIdUseTheLookupEndpointOnly() throws SQLException {
    serve(fake, "/v1/partnerapi/organizations/12345", "partner/organizations-12345.json");
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + ORGANIZATION_COLUMNS + " FROM organizations WHERE id = 12345",
          row(
              "id=12345",
              "ein=null",
              "name=An Organization",
              "common_name=An Organization",
              "email=null",
              "url=https://{{PartnerDomain}}/home/a123bc",
              "is_tax_exempt=true",
              "address_line1=null",
              "address_line2=null",
              "address_city=null",
              "address_state=null",
              "address_country=US",
              "address_zip_code=null",
              "address_phone=null",
              "organization_logo_url=null",
              "organization_website_url=null",
              "organization_facebook_url=null",
              "organization_twitter_url=null",
              "primary_currency=USD",
              "status=null"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v1/partnerapi/organizations/12345");
  }

  @Test
  void campaigns() throws SQLException {
    serve(fake, "/v1/partnerapi/campaigns", "partner/campaigns.json");
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE organization_id = 2095441",
          row(
              "id=44841",
              "name=Exporting",
              "url=https://my.partnerdomain.com.com/697f9d",
              "campaign_setup_url=https://my.partnerdomain.com.com/Campaigns/Setup/697f9d",
              "campaign_status=Started",
              "start_date_utc=2020-01-27 12:37:49.000",
              "end_date_utc=2020-10-17 06:59:00.000",
              "amount_raised=45.00",
              "amount_raised_in_period=0.00",
              "amount_goal=null",
              "goal_period=null",
              "total_views=1",
              "total_supporters=3",
              "organization_id=2095441",
              "organization_name=canada CHANGED NAME",
              "timezone_name=(GMT-08:00) Pacific Time (US & Canada)",
              "utc_offset_minutes=-480",
              "time_remaining_minutes=183335",
              "thumbnail_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUpQA/"
                  + "f4b34f8138c2e4a1b941c034857e4a65.jpg?width=1100&height=418",
              "cta_label=Register",
              "primary_currency=USD",
              "currency_symbol=$",
              "project_id=null",
              "fund_code=null",
              "fundraising_activity_type=null"),
          row(
              "id=44828",
              "name=Item-specific sharing link",
              "url=https://my.partnerdomain.com.com/6e23ef",
              "campaign_setup_url=https://my.partnerdomain.com.com/Campaigns/Setup/6e23ef",
              "campaign_status=Started",
              "start_date_utc=2020-01-25 09:32:21.000",
              "end_date_utc=2020-09-02 06:59:00.000",
              "amount_raised=174.00",
              "amount_raised_in_period=0.00",
              "amount_goal=null",
              "goal_period=null",
              "total_views=6",
              "total_supporters=0",
              "organization_id=2095441",
              "organization_name=canada CHANGED NAME",
              "timezone_name=(GMT-08:00) Pacific Time (US & Canada)",
              "utc_offset_minutes=-480",
              "time_remaining_minutes=118535",
              "thumbnail_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUpQA/"
                  + "d5a78b8a8db6fa3a33b0f055afa23a46.jpg?width=799&height=450",
              "cta_label=Bid",
              "primary_currency=USD",
              "currency_symbol=$",
              "project_id=null",
              "fund_code=null",
              "fundraising_activity_type=null"));
    }
    assertThat(fake.apiRequests()).containsExactly(CAMPAIGNS_OF_2095441);
  }

  @Test
  void campaignsByIdUseTheLookupEndpointOnly() throws SQLException {
    serve(fake, "/v1/partnerapi/campaigns/44830", "partner/campaigns-44830.json");
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE id = 44830",
          row(
              "id=44830",
              "name=Welcome",
              "url=https://my.partnerdomain.com.com/377e62",
              "campaign_setup_url=https://my.partnerdomain.com.com/Campaigns/Setup/377e62",
              "campaign_status=Started",
              "start_date_utc=2020-01-27 12:56:07.000",
              "end_date_utc=2020-11-26 07:59:00.000",
              "amount_raised=39.00",
              "amount_raised_in_period=0.00",
              "amount_goal=null",
              "goal_period=null",
              "total_views=4",
              "total_supporters=3",
              "organization_id=2095441",
              "organization_name=canada CHANGED NAME",
              "timezone_name=(GMT-08:00) Pacific Time (US & Canada)",
              "utc_offset_minutes=-480",
              "time_remaining_minutes=0",
              "thumbnail_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUpQA/"
                  + "2a29f2bfb1e97e2d36c13f0eb63cd1ac.jpg?width=7952&height=4474",
              "cta_label=Get Entries",
              "primary_currency=USD",
              "currency_symbol=$",
              "project_id=null",
              "fund_code=null",
              "fundraising_activity_type=null"));
    }
    assertThat(fake.apiRequests()).containsExactly("GET /v1/partnerapi/campaigns/44830");
  }

  @Test
  void campaignsManagementPages() throws SQLException {
    serve(fake, "/v1/partnerapi/campaigns", "partner/campaigns.json");
    String[] expected = {
      page(44841, "Edit Campaign", "Campaigns/Setup/697f9d"),
      page(44841, "View Donations", "Account/Organizer/Contributions/697f9d"),
      page(44841, "Manage External Donations", "Account/Organizer/ExternalContributions/697f9d"),
      page(44841, "Manage Promo Codes", "Account/Organizer/DonorPromoCodes/Index/697f9d"),
      page(44841, "Manage Administrators", "Account/Organizer/Administrators/697f9d"),
      page(44841, "Manage Updates", "697f9d/Updates"),
      page(44841, "Create Widget", "Account/Organizer/WidgetWizard/697f9d"),
      page(44841, "View Event Registration", "Account/Organizer/EventRegistrations/697f9d"),
      page(44841, "View Participants", "Account/Organizer/Members/697f9d"),
      page(44841, "View Teams", "Account/Organizer/Teams/697f9d"),
      page(44841, "View Prize Winners", "Account/Organizer/PrizeWinners/697f9d"),
      page(44828, "Edit Auction", "Campaigns/Setup/6e23ef"),
      page(44828, "View Payments", "Account/Organizer/Contributions/6e23ef"),
      page(44828, "Manage External Payments", "Account/Organizer/ExternalContributions/6e23ef"),
      page(44828, "Manage Administrators", "Account/Organizer/Administrators/6e23ef"),
      page(44828, "Manage Updates", "6e23ef/Updates"),
      page(44828, "Create Widget", "Account/Organizer/WidgetWizard/6e23ef"),
      page(44828, "View Auction Bids", "Account/Organizer/Bids/6e23ef")
    };
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, organization_id, name, url FROM campaigns_management_pages"
              + " WHERE organization_id = 2095441",
          expected);
      Sql.assertRows(
          connection,
          "SELECT * FROM campaigns_management_pages WHERE organization_id = 2095441",
          expected);
    }
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly(CAMPAIGNS_OF_2095441);
  }

  @Test
  void campaignItems() throws SQLException {
    serve(fake, "/v1/partnerapi/campaignitems", "partner/campaign_items.json");
    String thumbnail =
        "thumbnail_url=https://s3.amazonaws.com/rallyup-campaigns/RallyUpQA/"
            + "89e5409fe169426414256c94bb7201b9.jpg?width=1000&height=746";
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT id, campaign_id, campaign_type, title, type, terminology_singular,"
              + " terminology_plural, thumbnail_url, price, description, bundle_quantity,"
              + " total_quantity_available, total_sold, available_start_date,"
              + " available_end_date, availability, category, associated_prize_id,"
              + " associated_prize_title FROM campaign_items WHERE campaign_id = 44824",
          row(
              "id=5979",
              "campaign_id=44824",
              "campaign_type=Sale",
              "title=Flower Box",
              "type=Purchasable",
              "terminology_singular=Item",
              "terminology_plural=Items",
              thumbnail,
              "price=19.00",
              "description=<p>Here is the item description</p>",
              "bundle_quantity=null",
              "total_quantity_available=null",
              "total_sold=7",
              "available_start_date=null",
              "available_end_date=null",
              "availability=true",
              "category=null",
              "associated_prize_id=null",
              "associated_prize_title=null"),
          row(
              "id=6312",
              "campaign_id=44824",
              "campaign_type=Sale",
              "title=Flower Box2",
              "type=Purchasable",
              "terminology_singular=Item",
              "terminology_plural=Items",
              thumbnail,
              "price=19.00",
              "description=<p>Here is another item description</p>",
              "bundle_quantity=null",
              "total_quantity_available=5",
              "total_sold=5",
              "available_start_date=null",
              "available_end_date=null",
              "availability=false",
              "category=null",
              "associated_prize_id=null",
              "associated_prize_title=null"),
          row(
              "id=6313",
              "campaign_id=44824",
              "campaign_type=Sale",
              "title=Flower Box2",
              "type=Purchasable",
              "terminology_singular=Item",
              "terminology_plural=Items",
              thumbnail,
              "price=19.00",
              "description=<p>Here is another item description</p>",
              "bundle_quantity=null",
              "total_quantity_available=5",
              "total_sold=1",
              "available_start_date=null",
              "available_end_date=null",
              "availability=true",
              "category=null",
              "associated_prize_id=null",
              "associated_prize_title=null"));
    }
    assertThat(fake.apiRequests())
        .containsExactly(
            "GET /v1/partnerapi/campaignitems?campaignID=44824&pageIndex=1&pageSize=100");
  }

  @Test
  void orgUsers() throws SQLException {
    serve(fake, "/v1/partnerapi/listorgusers", "partner/org_users.json");
    String expected =
        row(
            "organization_id=2101975",
            "user_id=116336",
            "first_name=Tom",
            "last_name=Smith",
            "email=tomsmith@gmail.com",
            "role=Administrator",
            "created_date=2020-03-30 22:34:56.000",
            "added_date=null");
    try (Connection connection = partner(fake)) {
      Sql.assertRows(
          connection,
          "SELECT organization_id, user_id, first_name, last_name, email, role, created_date,"
              + " added_date FROM org_users WHERE organization_id = 2101975",
          expected);
      Sql.assertRows(
          connection, "SELECT * FROM org_users WHERE 2101975 = organization_id", expected);
      Sql.assertRows(
          connection,
          "SELECT user_id, email FROM org_users WHERE organization_id = 2101975",
          "user_id=116336; email=tomsmith@gmail.com");
    }
    String users =
        "GET /v1/partnerapi/listorgusers?OrganizationID=2101975&pageIndex=1&pageSize=100";
    // later queries of one connection are answered from its cache (cacheTtlSeconds), whatever
    // columns they read
    assertThat(fake.apiRequests()).containsExactly(users);
  }

  /**
   * Without a condition on organization_id, the organizations listing supplies the values: one
   * campaigns listing per organization, in the listing's order. (The fake answers every
   * organization with the same sample page, so only the requests are asserted here; the rows are
   * checked against H2 in PartnerFanOutTest.)
   */
  @Test
  void withoutItsParameterATableReadsOneListingPerValueOfItsSource() throws SQLException {
    serve(fake, "/v1/partnerapi/organizations", "partner/organizations.json");
    serve(fake, "/v1/partnerapi/campaigns", "partner/campaigns.json");
    try (Connection connection = partner(fake)) {
      assertThat(Sql.rows(connection, "SELECT id, name FROM campaigns")).hasSize(2 * 5);
    }
    // the listings run concurrently, so they may arrive in any order after the organizations
    assertThat(fake.apiRequests().get(0))
        .isEqualTo("GET /v1/partnerapi/organizations?pageIndex=1&pageSize=100");
    assertThat(fake.apiRequests().subList(1, fake.apiRequests().size()))
        .containsExactlyInAnyOrder(
            campaignsOf(2102183),
            campaignsOf(2102231),
            campaignsOf(2102242),
            campaignsOf(2042282),
            campaignsOf(2042239));
  }

  /** A listing that fails fails the statement: a fan-out never returns the rows it has so far. */
  @Test
  void aFailedListingFailsTheFanOut() throws SQLException {
    serve(fake, "/v1/partnerapi/organizations", "partner/organizations.json");
    fake.body("/v1/partnerapi/campaigns", 500, "{\"Ok\":false,\"Error\":\"boom\"}");
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl="
                + fake.baseUrl()
                + ";partner=true;maxRetries=0;user="
                + FakeRallyUp.LOGIN
                + ";password="
                + FakeRallyUp.SECRET)) {
      assertThatThrownBy(() -> Sql.rows(connection, "SELECT id, name FROM campaigns"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("500");
    }
  }

  private static String campaignsOf(long organization) {
    return "GET /v1/partnerapi/campaigns?includeDonationPages=true&organizationID="
        + organization
        + "&pageIndex=1&pageSize=100";
  }

  private static String page(long campaign, String name, String path) {
    return row("id=" + campaign, "organization_id=2095441", "name=" + name, "url=" + PAGES + path);
  }
}
