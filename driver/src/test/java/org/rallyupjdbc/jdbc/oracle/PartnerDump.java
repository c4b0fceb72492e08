package org.rallyupjdbc.jdbc.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's partner records from {@code /_sandbox/dump}, as H2 tables and as the numbers a
 * fan-out's request count is computed from: organizations newest first (the API's order), and the
 * campaigns, items and users of each parent.
 */
final class PartnerDump {
  private final JsonNode dump;

  PartnerDump(JsonNode dump) {
    this.dump = dump;
  }

  /** Records by partner table; org users get the organization id their records do not carry. */
  Map<String, List<JsonNode>> recordsByTable() {
    Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
    tables.put("organizations", list(dump.get("/v1/partnerapi/organizations")));
    tables.put("campaigns", list(dump.get("/v1/partnerapi/campaigns")));
    tables.put("campaign_items", list(dump.get("/v1/partnerapi/campaignitems")));
    List<JsonNode> users = new ArrayList<>();
    for (long org : organizationIds()) {
      for (JsonNode user : list(dump.get("/v1/partnerapi/listorgusers?OrganizationID=" + org))) {
        users.add(((ObjectNode) user.deepCopy()).put("OrganizationID", org));
      }
    }
    tables.put("org_users", users);
    return tables;
  }

  /** Organization ids in the listing's order. */
  List<Long> organizationIds() {
    return list(dump.get("/v1/partnerapi/organizations")).stream()
        .map(org -> org.get("Id").asLong())
        .toList();
  }

  /** Ids of an organization's campaigns. */
  List<Long> campaignIds(long organization) {
    return list(dump.get("/v1/partnerapi/campaigns")).stream()
        .filter(c -> c.get("OrganizationId").asLong() == organization)
        .map(c -> c.get("Id").asLong())
        .toList();
  }

  /** Every campaign id. */
  List<Long> campaignIds() {
    return organizationIds().stream().flatMap(org -> campaignIds(org).stream()).toList();
  }

  int items(long campaign) {
    return (int)
        list(dump.get("/v1/partnerapi/campaignitems")).stream()
            .filter(i -> i.get("CampaignId").asLong() == campaign)
            .count();
  }

  int users(long organization) {
    return list(dump.get("/v1/partnerapi/listorgusers?OrganizationID=" + organization)).size();
  }

  /** Requests a full paged listing of {@code records} costs: an empty one answers 204 at once. */
  static int pages(int records, int pageSize) {
    return Math.max(1, (records + pageSize - 1) / pageSize);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> records = new ArrayList<>();
    if (array != null) {
      array.forEach(records::add);
    }
    return records;
  }
}
