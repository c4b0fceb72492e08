package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder matches field names against the order it expects and falls back to names whenever a
 * record departs from it: one decoder reads records in any order, with unknown and missing fields,
 * and every record gives the rows a fresh decoder gives it.
 */
class FieldOrderTest {
  private static final JsonFactory JSON = new JsonFactory();
  private static final TableSpec DONATIONS =
      Catalog.builtIn().schema("rallyup").orElseThrow().table("donations").orElseThrow();
  private static final TableSpec ITEMS =
      Catalog.builtIn().schema("rallyup").orElseThrow().table("donations_items").orElseThrow();

  /** The same donation in the API's order, shuffled, with unknown fields, with fields missing. */
  private static final List<String> RECORDS =
      List.of(
          "{\"CampaignId\":7,\"Items\":[{\"ItemId\":1,\"Name\":\"A\",\"Price\":2.5}],"
              + "\"TransactionId\":11,\"TransactionCreatedDate\":\"2025/01/02 03:04:05\","
              + "\"TransactionGrossAmount\":\"$1,250.50\",\"MailingAddress\":{\"City\":\"Tucson\","
              + "\"State\":\"AZ\"},\"DonorEmail\":\"a@example.com\"}",
          "{\"CampaignId\":7,\"Items\":[{\"ItemId\":2,\"Name\":\"B\",\"Price\":3}],"
              + "\"TransactionId\":12,\"TransactionCreatedDate\":\"2025/01/02 03:04:06\","
              + "\"TransactionGrossAmount\":\"$3.00\",\"MailingAddress\":{\"City\":\"Austin\","
              + "\"State\":\"TX\"},\"DonorEmail\":\"b@example.com\"}",
          "{\"DonorEmail\":\"c@example.com\",\"MailingAddress\":{\"State\":\"NM\",\"City\":\"Taos\"},"
              + "\"TransactionGrossAmount\":\"($4.00)\",\"TransactionId\":13,\"CampaignId\":8,"
              + "\"Items\":[{\"Price\":1,\"Name\":\"C\",\"ItemId\":3}]}",
          "{\"New\":{\"TransactionId\":99,\"City\":\"nowhere\"},\"CampaignId\":9,\"TransactionId\":14,"
              + "\"Extra\":[1,{\"DonorEmail\":\"x\"}],\"Items\":[{\"ItemId\":4,\"Unknown\":true}],"
              + "\"DonorEmail\":\"d@example.com\",\"Tail\":null}",
          "{\"TransactionId\":15,\"CampaignId\":9,\"MailingAddress\":null,\"Items\":null,"
              + "\"DonorEmail\":null,\"TransactionGrossAmount\":null}",
          "{\"CampaignId\":7,\"Items\":[],\"TransactionId\":16,"
              + "\"TransactionCreatedDate\":\"2025/01/02 03:04:07\",\"TransactionGrossAmount\":\"$1.00\","
              + "\"MailingAddress\":{\"City\":\"Reno\",\"State\":\"NV\"},\"DonorEmail\":\"e@example.com\"}");

  private static int[] columns(TableSpec table, String... names) {
    return Arrays.stream(names).mapToInt(table::columnIndex).toArray();
  }

  private static List<Object[]> decode(RowDecoder decoder, String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return decoder.decode(parser);
    }
  }

  /** Rows of every record through one decoder, against a fresh decoder per record. */
  private static void sameAsFreshDecoders(TableSpec table, int[] projection) throws IOException {
    RowDecoder shared = RowDecoder.of(table, projection, Map.of());
    List<List<Object[]>> expected = new ArrayList<>();
    List<List<Object[]>> actual = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String record : RECORDS) {
        expected.add(decode(RowDecoder.of(table, projection, Map.of()), record));
        actual.add(decode(shared, record));
      }
    }
    assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
  }

  @Test
  void oneDecoderReadsRecordsInAnyOrderAsFreshOnesDo() throws IOException {
    sameAsFreshDecoders(
        DONATIONS,
        columns(
            DONATIONS,
            "transaction_id",
            "donor_email",
            "mailing_address_city",
            "transaction_gross_amount_value",
            "transaction_created_date"));
    sameAsFreshDecoders(DONATIONS, columns(DONATIONS, "mailing_address_state"));
    sameAsFreshDecoders(ITEMS, columns(ITEMS, "transaction_id", "item_id", "name", "price"));
  }

  @Test
  void unknownMissingAndNullFieldsAfterALearnedOrder() throws IOException {
    RowDecoder decoder =
        RowDecoder.of(
            DONATIONS,
            columns(
                DONATIONS,
                "transaction_id",
                "donor_email",
                "mailing_address_city",
                "transaction_gross_amount_value"),
            Map.of());
    assertThat(decode(decoder, RECORDS.get(0)).get(0))
        .containsExactly(11L, "a@example.com", "Tucson", new BigDecimal("1250.50"));
    assertThat(decode(decoder, RECORDS.get(2)).get(0))
        .containsExactly(13L, "c@example.com", "Taos", new BigDecimal("-4.00"));
    // fields named like projected ones inside unknown objects and arrays are not read
    assertThat(decode(decoder, RECORDS.get(3)).get(0))
        .containsExactly(14L, "d@example.com", null, null);
    assertThat(decode(decoder, RECORDS.get(4)).get(0)).containsExactly(15L, null, null, null);
    assertThat(decode(decoder, RECORDS.get(0)).get(0))
        .containsExactly(11L, "a@example.com", "Tucson", new BigDecimal("1250.50"));
  }

  @Test
  void aLevelExpectsTheCatalogsOrderThenTheLastRecordsOrder() {
    ObjectFields fields = new ObjectFields();
    FieldPlan id = new FieldPlan.Scalar(List.of(DONATIONS.columns().get(0)), new int[] {0});
    fields.put("TransactionId", id);
    fields.catalogued("CampaignId");
    fields.catalogued("TransactionId");
    assertThat(Arrays.stream(fields.order().steps()).map(s -> s.name().getValue()))
        .containsExactly("CampaignId", "TransactionId");
    assertThat(fields.order().steps()[0].plan()).isNull();
    assertThat(fields.order().steps()[1].plan()).isSameAs(id);
    fields.learn(List.of("TransactionId", "Other", "CampaignId"));
    assertThat(Arrays.stream(fields.order().steps()).map(s -> s.name().getValue()))
        .containsExactly("TransactionId", "Other", "CampaignId");
    assertThat(fields.order().steps()[0].plan()).isSameAs(id);
    assertThat(fields.order().positions()).containsEntry("CampaignId", 2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{}",
        "[1,{\"a\":[]},\"x\",null,[{}]]",
        "{\"a\":1,\"b\":[2,{\"c\":{}}],\"d\":\"\\u00e9\\\"\"}",
        "\"plain text\"",
        "12.50",
        "true"
      })
  void jsonColumnsAreTheValueAsCompactJson(String value) throws IOException {
    RowDecoder decoder = RowDecoder.of(DONATIONS, columns(DONATIONS, "causes"), Map.of());
    String record = "{\"TransactionId\":1,\"Causes\": " + value + " ,\"CampaignId\":2}";
    assertThat(decode(decoder, record).get(0)).containsExactly(generatorCopy(value));
  }

  private static String generatorCopy(String value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonParser parser = JSON.createParser(value);
        JsonGenerator generator = JSON.createGenerator(text)) {
      parser.nextToken();
      generator.copyCurrentStructure(parser);
    }
    return text.toString();
  }
}
