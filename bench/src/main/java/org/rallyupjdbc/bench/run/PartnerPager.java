package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.rallyupjdbc.bench.run.PagerRecords.Campaign;
import org.rallyupjdbc.bench.run.PagerRecords.Envelope;

/**
 * What a partner's script does for "all campaigns of all organizations": list the organizations
 * page by page, then each organization's campaigns page by page, one request after another, into
 * objects (Jackson databind).
 */
final class PartnerPager implements Contender {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final JavaType ORGANIZATION_PAGE =
      JSON.getTypeFactory().constructParametricType(Envelope.class, Organization.class);
  private static final JavaType CAMPAIGN_PAGE =
      JSON.getTypeFactory().constructParametricType(Envelope.class, Campaign.class);

  /** An organization, with the one field the script uses. */
  record Organization(@JsonProperty("Id") long id) {}

  private final ApiSession session;
  private final int pageSize;

  PartnerPager(ApiSession session, int pageSize) {
    this.session = session;
    this.pageSize = pageSize;
  }

  @Override
  public long run() throws IOException {
    return answer().size();
  }

  /** Every campaign of every organization, organization by organization. */
  List<Campaign> answer() throws IOException {
    List<Campaign> campaigns = new ArrayList<>();
    List<Organization> organizations =
        fetchAll(PartnerContenders.organizations(session), ORGANIZATION_PAGE);
    for (Organization organization : organizations) {
      campaigns.addAll(
          fetchAll(PartnerContenders.campaigns(session, organization.id()), CAMPAIGN_PAGE));
    }
    return campaigns;
  }

  private <T> List<T> fetchAll(HttpUrl.Builder listing, JavaType pageType) throws IOException {
    return PagedListing.readAll(session, listing, pageSize, JSON, pageType);
  }

  @Override
  public void close() {}
}
