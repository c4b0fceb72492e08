package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/** Personal values get fakes that are consistent within one recording and carry nothing real. */
class RedactorTest {
  private final Redactor redactor = new Redactor();

  private JsonNode redacted(String json) {
    JsonNode node = FakeRallyUp.parse(json);
    redactor.redact(node);
    return node;
  }

  @Test
  void theSameRealValueGetsTheSameFakeInEveryFieldAndRecord() {
    JsonNode donation =
        redacted(
            "{\"DonorEmail\": \"ana+gifts@mail.org\", \"DonorFirstName\": \"Ana\","
                + " \"DonorLastName\": \"O'Brien\", \"MailingAddress\": {\"MailingFirstName\":"
                + " \"Ana\", \"Address1\": \"7650 E. Broadway Blvd\", \"City\": \"Tucson\","
                + " \"Phone\": \"+1 (520) 555-0142\"}}");
    JsonNode user =
        redacted("{\"Email\": \"ana+gifts@mail.org\", \"FirstName\": \"Ana\", \"UserId\": 3}");
    JsonNode update = redacted("{\"PostedBy\": \"Ana O'Brien\", \"UpdateTitle\": \"Thanks\"}");

    String email = donation.get("DonorEmail").asText();
    assertThat(email).isEqualTo("person1+tag@example.invalid");
    assertThat(user.get("Email").asText()).isEqualTo(email);
    assertThat(user.get("FirstName").asText())
        .isEqualTo(donation.get("DonorFirstName").asText())
        .isEqualTo(donation.at("/MailingAddress/MailingFirstName").asText())
        .isEqualTo("Given1");
    assertThat(update.get("PostedBy").asText()).isEqualTo("Given1 Family1");
    assertThat(update.get("UpdateTitle").asText()).isEqualTo("Thanks");
    assertThat(donation.at("/MailingAddress/Address1").asText()).isEqualTo("1 Recorded St");
    assertThat(donation.at("/MailingAddress/City").asText()).isEqualTo("Tucson");
    assertThat(user.get("UserId").asLong()).isEqualTo(3);
  }

  @Test
  void differentRealValuesGetDifferentFakes() {
    JsonNode a = redacted("{\"Email\": \"a@x.org\", \"LastName\": \"Lee\"}");
    JsonNode b = redacted("{\"Email\": \"b@x.org\", \"LastName\": \"Li\"}");
    assertThat(a.get("Email").asText()).isNotEqualTo(b.get("Email").asText());
    assertThat(a.get("LastName").asText()).isNotEqualTo(b.get("LastName").asText());
  }

  @Test
  void aPhoneKeepsItsShapeButNotItsDigits() {
    JsonNode record =
        redacted("{\"WinnerPhoneNumber\": \"+12345678900\", \"Phone\": \"(520) 555-0142\"}");
    assertThat(record.get("WinnerPhoneNumber").asText()).matches("\\+5550000000[0-9]");
    assertThat(record.get("Phone").asText()).matches("\\(555\\) 000-000[0-9]");
  }

  @Test
  void eMailAddressesInFreeTextAndWhatSupportersWriteAreReplaced() {
    JsonNode record =
        redacted(
            "{\"UpdateContent\": \"<p>Write to jo@school.org</p>\", \"Comment\": \"Go Jo!\","
                + " \"InNameOf\": \"In memory of Zoë Núñez\", \"Roles\": [\"jo@school.org\"]}");
    assertThat(record.get("UpdateContent").asText())
        .isEqualTo("<p>Write to person1@example.invalid</p>");
    assertThat(record.get("Comment").asText()).isEqualTo("[text 1 removed]");
    assertThat(record.get("InNameOf").asText()).isEqualTo("[text 2 removed]");
    assertThat(record.get("Roles").get(0).asText()).isEqualTo("person1@example.invalid");
  }

  @Test
  void aTextEqualToAReplacedValueGetsItsFake() {
    JsonNode version =
        redacted(
            "{\"UserName\": \"ab4333e7-648b\", \"Name\": \"ab4333e7-648b\", \"Version\": \"1\"}");
    assertThat(version.get("UserName").asText()).isEqualTo("login1");
    assertThat(version.get("Name").asText()).isEqualTo("login1");
    assertThat(version.get("Version").asText()).isEqualTo("1");
  }
}
