package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rallyupjdbc.client.RecordDecoder;

/**
 * Records decode straight into typed rows; values that do not fit fail with table, column, value.
 */
class RowDecoderTest {
  private static final JsonFactory JSON = new JsonFactory();

  private static TableSpec table(String schema, String name) {
    return Catalog.builtIn().schema(schema).orElseThrow().table(name).orElseThrow();
  }

  private static List<Object[]> decode(
      TableSpec table, Map<String, String> params, String json, String... columns)
      throws IOException {
    int[] projection = Arrays.stream(columns).mapToInt(table::columnIndex).toArray();
    assertThat(projection).doesNotContain(-1);
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return RowDecoder.of(table, projection, params).decode(parser);
    }
  }

  private static List<Object[]> decode(TableSpec table, String json, String... columns)
      throws IOException {
    return decode(table, Map.of(), json, columns);
  }

  private static final String DONATION =
      """
      {"CampaignId":1144,"IsRecurring":false,"Items":[{"ItemId":47,"Name":"Item 1","Quantity":4,"Type":"SaleItem","Price":15},
       {"ItemId":48,"Name":"Item 2","Quantity":1,"Type":"SaleItem","Price":7.5}],"Causes":[{"a":1}],
       "TransactionId":989,"TransactionCreatedDate":"2018/03/27 17:11:45","TransactionGrossAmount":"$1,101.00",
       "SaleAmount":35,"MailingAddress":{"MailingFirstName":"José","City":"Tucson","Address2":null},"Unknown":{"x":[1,2]}}
      """;

  @Test
  void everyRecordCarriesItsKeyEvenWhenTheKeyIsNotProjected() throws IOException {
    TableSpec donations = table("rallyup", "donations");
    RowDecoder decoder =
        RowDecoder.of(donations, new int[] {donations.columnIndex("sale_amount")}, Map.of());
    try (JsonParser parser = JSON.createParser(DONATION)) {
      parser.nextToken();
      List<Object[]> rows = decoder.decode(parser);
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0)).containsExactly(new BigDecimal("35.00"));
      assertThat(decoder.keyOf(rows)).isEqualTo(989L);
    }
  }

  @Test
  void childRowsCarryTheKeyOfTheirRecord() throws IOException {
    TableSpec items = table("rallyup", "donations_items");
    RowDecoder decoder = RowDecoder.of(items, new int[] {items.columnIndex("name")}, Map.of());
    try (JsonParser parser = JSON.createParser(DONATION)) {
      parser.nextToken();
      List<Object[]> rows = decoder.decode(parser);
      assertThat(rows).extracting(row -> row.length).containsExactly(1, 1);
      assertThat(decoder.keyOf(rows)).isEqualTo(989L);
    }
  }

  @Test
  void decodesProjectedColumnsOnly() throws IOException {
    List<Object[]> rows =
        decode(
            table("rallyup", "donations"),
            DONATION,
            "transaction_id",
            "transaction_created_date",
            "transaction_gross_amount",
            "transaction_gross_amount_value",
            "sale_amount",
            "is_recurring",
            "mailing_address_city",
            "mailing_address_address2",
            "causes",
            "comment");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsExactly(
            989L,
            Instant.parse("2018-03-27T17:11:45Z").toEpochMilli(),
            "$1,101.00",
            new BigDecimal("1101.00"),
            new BigDecimal("35.00"),
            false,
            "Tucson",
            null,
            "[{\"a\":1}]",
            null);
  }

  @Test
  void aChildTableHasOneRowPerElementWithTheParentKey() throws IOException {
    List<Object[]> rows =
        decode(
            table("rallyup", "donations_items"),
            DONATION,
            "transaction_id",
            "item_id",
            "name",
            "price");
    assertThat(rows)
        .containsExactly(
            new Object[] {989L, 47L, "Item 1", new BigDecimal("15.00")},
            new Object[] {989L, 48L, "Item 2", new BigDecimal("7.50")});
  }

  @Test
  void aChildTableWithNoElementsHasNoRows() throws IOException {
    assertThat(
            decode(
                table("rallyup", "donations_items"),
                "{\"TransactionId\":1,\"Items\":[]}",
                "item_id"))
        .isEmpty();
    assertThat(
            decode(
                table("rallyup", "donations_items"),
                "{\"TransactionId\":1,\"Items\":null}",
                "item_id"))
        .isEmpty();
  }

  @Test
  void aNullObjectMakesItsColumnsNull() throws IOException {
    assertThat(
            decode(
                    table("rallyup", "donations"),
                    "{\"TransactionId\":1,\"CampaignId\":2,\"MailingAddress\":null}",
                    "mailing_address_city")
                .get(0))
        .containsExactly((Object) null);
  }

  @Test
  void stringIdsStayText() throws IOException {
    assertThat(
            decode(table("rallyup", "auction_bids"), "{\"id\":\"E_564156\",\"CampaignID\":1}", "id")
                .get(0))
        .containsExactly("E_564156");
  }

  @Test
  void aColumnEchoingAParameterTakesTheRequestValue() throws IOException {
    assertThat(
            decode(
                    table("partner", "org_users"),
                    Map.of("OrganizationID", "2101975"),
                    "{\"UserID\":116336}",
                    "organization_id",
                    "user_id")
                .get(0))
        .containsExactly(2101975L, 116336L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"TransactionId\":\"abc\",\"CampaignId\":1}|transaction_id"
            + "|rallyup.donations.transaction_id: value \"abc\" is not a number",
        "{\"TransactionId\":1.5,\"CampaignId\":1}|transaction_id"
            + "|rallyup.donations.transaction_id: value 1.5 has a fractional part",
        "{\"TransactionId\":1,\"CampaignId\":1,\"SaleAmount\":1.234}|sale_amount"
            + "|rallyup.donations.sale_amount: value 1.234 has more than 2 decimal places",
        "{\"TransactionId\":1,\"CampaignId\":1,\"TransactionCreatedDate\":\"27/03/2018\"}|transaction_created_date"
            + "|rallyup.donations.transaction_created_date: value \"27/03/2018\" is not a date (expected"
            + " yyyy/MM/dd HH:mm:ss or ISO-8601)",
        "{\"TransactionId\":1,\"CampaignId\":1,\"TransactionGrossAmount\":\"lots\"}|transaction_gross_amount_value"
            + "|rallyup.donations.transaction_gross_amount_value: value \"lots\" is not a currency amount",
        "{\"TransactionId\":1,\"CampaignId\":1,\"IsRefunded\":\"maybe\"}|is_refunded"
            + "|rallyup.donations.is_refunded: value \"maybe\" is not true or false",
        "{\"TransactionId\":1,\"CampaignId\":1,\"CampaignName\":{\"a\":1}}|campaign_name"
            + "|rallyup.donations.campaign_name: value an object is a JSON object, not a scalar",
        "{\"CampaignId\":1}|transaction_id"
            + "|rallyup.donations.transaction_id is null or missing, but the column is NOT NULL",
        "{\"TransactionId\":1,\"CampaignId\":1,\"MailingAddress\":\"Tucson\"}|mailing_address_city"
            + "|rallyup.donations: field MailingAddress is \"Tucson\", expected an object",
        "{\"TransactionId\":99999999999999999999,\"CampaignId\":1}|transaction_id"
            + "|rallyup.donations.transaction_id: value 99999999999999999999 is out of range",
        // found by PageBodyFuzzTest: scaling 2e999999 to the column took minutes
        "{\"TransactionId\":1e999999,\"CampaignId\":1}|transaction_id"
            + "|rallyup.donations.transaction_id: value 1e999999 is out of range",
        "{\"TransactionId\":1,\"CampaignId\":1,\"SaleAmount\":2e999999}|sale_amount"
            + "|rallyup.donations.sale_amount: value 2e999999 does not fit DECIMAL(19, 2)",
        "{\"TransactionId\":1,\"CampaignId\":1,\"SaleAmount\":1e-999999}|sale_amount"
            + "|rallyup.donations.sale_amount: value 1e-999999 has more than 2 decimal places",
        "{\"TransactionId\":1,\"CampaignId\":1,\"SaleAmount\":\"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\"}|sale_amount"
            + "|rallyup.donations.sale_amount: value \"10000000000000000000000000000000000000000000000000000000000000000000000000000000...\" is not a number"
      })
  void aValueThatDoesNotFitIsAnError(String json, String column, String message) {
    assertThatThrownBy(() -> decode(table("rallyup", "donations"), json, column))
        .isInstanceOf(RecordDecoder.BadValueException.class)
        .hasMessage(message);
  }
}
