package org.rallyupjdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mechanical field-to-column naming rule. */
class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "TransactionId, transaction_id",
    "CampaignID, campaign_id",
    "id, id",
    "Id, id",
    "ImageURL, image_url",
    "CampaignFriendlyURL, campaign_friendly_url",
    "AThonPledges, a_thon_pledges",
    "CreditCardLast4, credit_card_last4",
    "RecievedEmailCampaignUpdates, recieved_email_campaign_updates",
    "Address1, address1",
    "UtcOffsetMinutes, utc_offset_minutes",
    "URLFoo, url_foo"
  })
  void snakeCase(String field, String column) {
    assertThat(Names.snakeCase(field)).isEqualTo(column);
  }
}
