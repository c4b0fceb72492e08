package org.rallyupjdbc.bench.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.rallyupjdbc.bench.Scenario;
import org.rallyupjdbc.bench.run.PagerRecords.Campaign;
import org.rallyupjdbc.bench.run.PagerRecords.Donation;
import org.rallyupjdbc.bench.run.PagerRecords.Envelope;

/**
 * What a user's script does: fetch every page of each list it needs, one after another, into
 * objects (Jackson databind), then filter and aggregate in plain Java. It uses no API filter and
 * does not stop early: the simplest correct script.
 */
final class PagerContender implements Contender {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final JavaType DONATION_PAGE =
      JSON.getTypeFactory().constructParametricType(Envelope.class, Donation.class);
  private static final JavaType CAMPAIGN_PAGE =
      JSON.getTypeFactory().constructParametricType(Envelope.class, Campaign.class);

  private final ApiSession session;
  private final Scenario scenario;
  private final long campaignId;
  private final int pageSize;

  PagerContender(ApiSession session, Scenario scenario, long campaignId, int pageSize) {
    this.session = session;
    this.scenario = scenario;
    this.campaignId = campaignId;
    this.pageSize = pageSize;
  }

  @Override
  public long run() throws IOException {
    return answer().size();
  }

  /** The scenario's result rows. */
  List<?> answer() throws IOException {
    List<Donation> donations =
        scenario.tables().contains("donations")
            ? fetchAll("/v2/api/listdonations", DONATION_PAGE)
            : List.of();
    List<Campaign> campaigns =
        scenario.tables().contains("campaigns")
            ? fetchAll("/v2/api/listcampaigns", CAMPAIGN_PAGE)
            : List.of();
    return PagerQueries.answer(scenario, donations, campaigns, campaignId);
  }

  private <T> List<T> fetchAll(String path, JavaType pageType) throws IOException {
    return PagedListing.readAll(session, session.url(path), pageSize, JSON, pageType);
  }

  @Override
  public void close() {}
}
