package org.rallyupjdbc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Partner API write endpoints change the in-memory organizations and their users. */
class PartnerWriteTest {
  private static TestClient client;
  private static long orgId;

  @BeforeAll
  static void start() {
    client = TestClient.start();
    // newest first: the two newest organizations have no users yet, the fourth has some
    orgId =
        client.partnerResult("/v1/partnerapi/organizations").get("Items").get(3).get("Id").asLong();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static HttpResponse<String> write(String method, String endpoint, String... form) {
    return client.send(
        method, "/v1/partnerapi/" + endpoint, client.partnerToken(), TestClient.form(form));
  }

  @Test
  void addAndDeleteAnOrganizationUser() {
    String email =
        client
            .orgResult("/v2/api/listdonations?pageSize=1")
            .get("Items")
            .get(0)
            .get("DonorEmail")
            .asText();
    JsonNode added =
        TestClient.json(
                write(
                    "POST",
                    "addorguser",
                    "OrganizationID",
                    String.valueOf(orgId),
                    "Email",
                    email.toUpperCase(Locale.ROOT),
                    "Role",
                    "Manager"))
            .get("Result");
    assertThat(added.get("OrganizationID").asLong()).isEqualTo(orgId);
    assertThat(added.get("Email").asText()).isEqualTo(email);
    assertThat(added.get("Role").asText()).isEqualTo("Manager");
    assertThat(added.get("AddedDate").asText())
        .matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
    String users = "/v1/partnerapi/listorgusers?OrganizationID=" + orgId;
    assertThat(client.partnerResult(users).toString()).contains(email);
    JsonNode removed =
        TestClient.json(
                write(
                    "DELETE",
                    "deleteorguser",
                    "OrganizationID",
                    String.valueOf(orgId),
                    "Email",
                    email))
            .get("Result");
    assertThat(removed.get("UserID").asLong()).isEqualTo(added.get("UserID").asLong());
    assertThat(client.partnerResult(users).toString()).doesNotContain(email);
    assertThat(
            write(
                    "DELETE",
                    "deleteorguser",
                    "OrganizationID",
                    String.valueOf(orgId),
                    "Email",
                    email)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void badOrganizationUserRequests() {
    assertThat(
            write(
                    "POST",
                    "addorguser",
                    "OrganizationID",
                    String.valueOf(orgId),
                    "Email",
                    "nobody@nowhere.example")
                .statusCode())
        .isEqualTo(400);
    assertThat(write("POST", "addorguser", "OrganizationID", String.valueOf(orgId)).statusCode())
        .isEqualTo(400);
    assertThat(write("POST", "addorguser", "Email", "x@example.com").statusCode()).isEqualTo(400);
    assertThat(
            write("POST", "addorguser", "OrganizationID", "1", "Email", "x@example.com")
                .statusCode())
        .isEqualTo(404);
    assertThat(client.send("POST", "/v1/partnerapi/addorguser", client.orgToken(), "").statusCode())
        .isEqualTo(403);
  }

  @Test
  void customOrganizationLifecycle() {
    JsonNode org =
        TestClient.json(
                write(
                    "POST",
                    "addcustomorg",
                    "Name",
                    "Zoë's Garden Club",
                    "Country",
                    "US",
                    "Address1",
                    "1 Main St",
                    "City",
                    "Tucson",
                    "State",
                    "AZ",
                    "PostalCode",
                    "85710",
                    "501c",
                    "true",
                    "EIN",
                    "123456789"))
            .get("Result");
    long id = org.get("Id").asLong();
    assertThat(org.get("Name").asText()).isEqualTo("Zoë's Garden Club");
    assertThat(org.get("IsTaxExempt").asBoolean()).isTrue();
    assertThat(org.get("Address").get("ZipCode").asText()).isEqualTo("85710");
    assertThat(client.partnerResult("/v1/partnerapi/organizations/" + id)).isEqualTo(org);
    HttpResponse<String> approved =
        write("POST", "approvecustomorg", "OrganizationID", String.valueOf(id));
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(approved.body()).isEmpty();
    JsonNode deleted =
        TestClient.json(write("DELETE", "deletecustomorg", "OrganizationID", String.valueOf(id)))
            .get("Result");
    assertThat(deleted.get("Id").asLong()).isEqualTo(id);
    assertThat(client.getPartner("/v1/partnerapi/organizations/" + id).statusCode()).isEqualTo(404);
    assertThat(
            write("DELETE", "deletecustomorg", "OrganizationID", String.valueOf(orgId))
                .statusCode())
        .isEqualTo(400);
    assertThat(write("POST", "addcustomorg", "Country", "US").statusCode()).isEqualTo(400);
  }

  @Test
  void onBehalfAccount() {
    JsonNode body =
        TestClient.json(
            write(
                "POST",
                "setonbehalfaccount",
                "OrganizationId",
                String.valueOf(orgId),
                "StripeOnBehalfAccountId",
                "acct_123"));
    assertThat(body.get("Ok").asBoolean()).isTrue();
    assertThat(body.get("Result").isNull()).isTrue();
    assertThat(
            write("POST", "setonbehalfaccount", "OrganizationId", String.valueOf(orgId))
                .statusCode())
        .isEqualTo(400);
  }
}
