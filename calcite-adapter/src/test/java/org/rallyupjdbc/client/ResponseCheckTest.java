package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/** The content checks on an answer, on their own. */
class ResponseCheckTest {
  private static final MediaType HTML = MediaType.get("text/html; charset=utf-8");
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String DESCRIBED = "GET /v2/api/listdonations?pageIndex=1&pageSize=100";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void htmlInAnOkAnswerIsNotTheApi() {
    assertThat(ResponseCheck.isHtml(200, HTML)).isTrue();
    assertThat(ResponseCheck.isHtml(200, JSON)).isFalse();
    assertThat(ResponseCheck.isHtml(500, HTML)).as("errors are read as errors").isFalse();
    RallyUpApiException e =
        ResponseCheck.notJson(200, HTML, bytes("<html>Sign in to the Wi-Fi</html>"), DESCRIBED);
    assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .startsWith(DESCRIBED + " answered HTTP 200 with content type text/html")
        .contains("a proxy or a network login page");
  }

  @Test
  void aNotFoundWithRallyUpsEnvelopeIsAMissingRecordWithoutItAnUnservedPath() {
    byte[] envelope = bytes("{\"Result\":null,\"Message\":\"Not found\",\"IsSuccess\":false}");
    byte[] bare = bytes("{\"Message\":\"No HTTP resource was found that matches the request.\"}");
    assertThat(ResponseCheck.isMissingRecord(404, envelope)).isTrue();
    assertThat(ResponseCheck.isNotServed(404, envelope)).isFalse();
    assertThat(ResponseCheck.isMissingRecord(404, bare)).isFalse();
    assertThat(ResponseCheck.isNotServed(404, bare)).isTrue();
    assertThat(ResponseCheck.isNotServed(500, bare)).isFalse();
  }

  @Test
  void otherStatusesFailNamingTheRequestAndRallyUpsText() {
    RallyUpApiException e =
        ResponseCheck.failed(
            403,
            JSON,
            bytes("{\"Message\":\"Not allowed\"}"),
            new RetryInterceptor.Attempts(),
            DESCRIBED);
    assertThat(e.kind()).isEqualTo(RallyUpApiException.Kind.PERMISSION);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.getMessage())
        .startsWith(DESCRIBED + " answered HTTP 403: ")
        .contains("Not allowed");
  }
}
