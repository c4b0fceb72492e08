package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FuzzTables;

/**
 * A page body as {@link PagedCursor} reads it (the whole body, the envelope, the records decoded
 * into rows): any body gives a page or a {@link RallyUpApiException}; a parse failure of a body
 * already in memory is MALFORMED_RESPONSE, never a transport error; the rows are bounded by the
 * body.
 */
class PageBodyFuzzTest {
  private static final String DESCRIBED = "GET /fuzz";
  private static final List<TableSpec> TABLES =
      List.of(
          FuzzTables.table("rallyup", "donations"),
          FuzzTables.table("rallyup", "donations_items"),
          FuzzTables.table("rallyup", "campaigns"),
          FuzzTables.table("partner", "campaigns"),
          FuzzTables.table("partner", "campaigns_management_pages"),
          FuzzTables.table("partner", "campaign_items"),
          FuzzTables.table("partner", "organizations"));
  private static final Response OK =
      new Response.Builder()
          .request(new Request.Builder().url("http://fuzz.invalid/").build())
          .protocol(Protocol.HTTP_1_1)
          .code(200)
          .message("OK")
          .body(ResponseBody.create(new byte[0], null))
          .build();

  @DictionaryFile(resourcePath = "/org/rallyupjdbc/testing/json.dict")
  @FuzzTest(maxDuration = "30s")
  void page(byte[] input) {
    assertTimeout(FuzzTables.SLOWEST_INPUT, () -> decode(input));
  }

  private static void decode(byte[] input) {
    if (input.length == 0) {
      return;
    }
    TableSpec table = FuzzTables.pick(input, TABLES);
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    Page<List<Object[]>> page;
    try (JsonParser parser = JsonBodies.open(body)) {
      page = Envelope.readPage(parser, FuzzTables.allColumns(table), DESCRIBED);
    } catch (IOException e) {
      RallyUpApiException failure = JsonBodies.failure(e, OK, DESCRIBED);
      assertThat(failure.kind()).isEqualTo(RallyUpApiException.Kind.MALFORMED_RESPONSE);
      return;
    } catch (RallyUpApiException e) {
      assertThat(e.kind())
          .isIn(RallyUpApiException.Kind.BAD_VALUE, RallyUpApiException.Kind.CLIENT_ERROR);
      return;
    }
    long rows = 0;
    long chars = 0;
    for (List<Object[]> record : page.items()) {
      for (Object[] row : record) {
        rows++;
        assertThat(row).hasSize(table.columns().size());
        chars += FuzzTables.valueChars(row);
      }
    }
    // a record or element is at least "{}"
    assertThat(rows).isLessThanOrEqualTo(body.length / 2);
    assertThat(chars).isLessThanOrEqualTo(FuzzTables.valueCharsBound(body.length));
  }
}
