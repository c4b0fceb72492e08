package org.rallyupjdbc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.testing.FuzzServer;
import org.rallyupjdbc.testing.FuzzTables;

/**
 * A v3 endpoint's bare array streamed by {@link ArrayCursor} from a loopback server into rows: any
 * body gives rows or a {@link RallyUpApiException} of a kind a body can cause, and the rows are
 * bounded by the body.
 */
class ArrayBodyFuzzTest {
  private static final String PATH = "/v3/api/fuzz";
  private static final List<TableSpec> TABLES =
      List.of(
          FuzzTables.table("rallyup", "transaction_items"),
          FuzzTables.table("rallyup", "transaction_items_raffle_tickets"),
          FuzzTables.table("rallyup", "auction_bids"));
  private static FuzzServer server;
  private static RallyUpClient client;

  @BeforeAll
  static void start() {
    server = new FuzzServer(PATH);
    client = server.client(Optional.empty());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @DictionaryFile(resourcePath = "/org/rallyupjdbc/testing/json.dict")
  @FuzzTest(maxDuration = "30s")
  void array(byte[] input) {
    assertTimeout(FuzzTables.SLOWEST_INPUT, () -> decode(input));
  }

  private static void decode(byte[] input) {
    if (input.length == 0) {
      return;
    }
    TableSpec table = FuzzTables.pick(input, TABLES);
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    server.answer(body);
    Endpoint endpoint = new Endpoint(List.of(PATH), Shape.ARRAY, table.endpoint().paging());
    long rows = 0;
    long chars = 0;
    try (RecordCursor<List<Object[]>> cursor =
        client.open(
            new ApiRequest(endpoint, Map.of(), Map.of(), 100), FuzzTables.allColumns(table))) {
      while (cursor.hasNext()) {
        for (Object[] row : cursor.next()) {
          rows++;
          chars += FuzzTables.valueChars(row);
        }
      }
    } catch (RallyUpApiException e) {
      assertThat(e.kind())
          .isIn(RallyUpApiException.Kind.MALFORMED_RESPONSE, RallyUpApiException.Kind.BAD_VALUE);
      return;
    }
    assertThat(rows).isLessThanOrEqualTo(body.length / 2);
    assertThat(chars).isLessThanOrEqualTo(FuzzTables.valueCharsBound(body.length));
  }
}
