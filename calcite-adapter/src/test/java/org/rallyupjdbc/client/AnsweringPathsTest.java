package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Path-version resolution on its own: candidates in order until one answers, then that one. */
class AnsweringPathsTest {
  private static final Paging PAGING = new Paging("pageIndex", "pageSize", 100, 1000);
  private static final Endpoint DONATIONS =
      new Endpoint(List.of("/v2/api/listdonations", "/v1/api/listdonations"), Shape.PAGED, PAGING);
  private static final Endpoint TEAMS = new Endpoint(List.of("/v3/api/teams"), Shape.PAGED, PAGING);

  @Test
  void triesEveryCandidateUntilOneAnswersThenOnlyThatOne() {
    AnsweringPaths paths = new AnsweringPaths();
    assertThat(paths.candidates(DONATIONS))
        .containsExactly("/v2/api/listdonations", "/v1/api/listdonations");
    paths.answered(DONATIONS, "/v1/api/listdonations");
    assertThat(paths.candidates(DONATIONS)).containsExactly("/v1/api/listdonations");
    assertThat(paths.candidates(TEAMS)).as("per endpoint").containsExactly("/v3/api/teams");
  }

  @Test
  void noneServedNamesEveryPathTried() {
    RallyUpApiException e =
        AnsweringPaths.noneServed(List.of("/v2/api/listdonations", "/v1/api/listdonations"));
    assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.NOT_FOUND);
    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.getMessage())
        .isEqualTo(
            "RallyUp serves none of the paths tried for this table (each answered HTTP 404):"
                + " /v2/api/listdonations, /v1/api/listdonations");
  }
}
