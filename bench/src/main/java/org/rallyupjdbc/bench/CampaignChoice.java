package org.rallyupjdbc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import okhttp3.Response;
import org.rallyupjdbc.bench.run.ApiSession;

/** Picks the one-campaign scenario's campaign: the one with the most supporters. */
final class CampaignChoice {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CampaignChoice() {}

  static long busiestCampaign(URI baseUrl) throws IOException {
    try (ApiSession session = ApiSession.logIn(baseUrl);
        Response page =
            session.get(
                session
                    .url("/v2/api/listcampaigns")
                    .addQueryParameter("pageSize", "1000")
                    .build())) {
      long best = -1;
      int most = -1;
      for (JsonNode campaign :
          JSON.readTree(page.body().byteStream()).path("Result").path("Items")) {
        int supporters = campaign.path("TotalSupporters").asInt();
        if (supporters > most) {
          most = supporters;
          best = campaign.path("Id").asLong();
        }
      }
      if (best < 0) {
        throw new IOException("the sandbox lists no campaign");
      }
      return best;
    }
  }
}
