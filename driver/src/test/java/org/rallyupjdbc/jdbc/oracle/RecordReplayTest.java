package org.rallyupjdbc.jdbc.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.oracle.DifferentialTest.Query;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.Results;
import org.rallyupjdbc.testing.Results.Result;

/**
 * Record and replay end to end: a connection with {@code recordTo} runs the differential corpus and
 * queries over personal columns against the sandbox; the sandbox is then stopped, and a connection
 * with {@code baseUrl=replay:<dir>} must answer every query as the live session did: exactly for
 * the corpus queries that touch no personal column, and up to one consistent renaming of personal
 * values for the others. The recording is also scanned, byte by byte, for the secret, the token and
 * every personal value the sandbox holds.
 */
class RecordReplayTest {
  /**
   * Columns whose values are replaced in a recording; queries naming one compare up to renaming.
   */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "\\w*(email|first_name|last_name|phone|address1|address2|address3|address_line"
              + "|posted_by|sender_name|participant_name|comment|message|special_instructions"
              + "|in_name_of|user_name)\\w*|\\*(?!\\))",
          Pattern.CASE_INSENSITIVE);

  /** Each page is read once and then served from the cache, which keeps the recording small. */
  private static final String SESSION = ";pageSize=1000;cacheTtlSeconds=3600";

  private static final int STRIDE = 6;

  @TempDir static Path recording;

  private static final Map<Query, Result> LIVE = new LinkedHashMap<>();
  private static PersonalQueries personal;
  private static JsonNode dump;
  private static String token;

  @BeforeAll
  static void recordASandboxSession() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults());
        Connection live =
            DriverManager.getConnection(
                "jdbc:rallyup:baseUrl="
                    + sandbox.baseUrl()
                    + ";pageSize=1000;recordTo="
                    + recording,
                SandboxHttp.login(Api.ORGANIZATION))) {
      for (Query query : exactQueries()) {
        LIVE.put(query, Results.read(live, query.sql()));
      }
      personal = PersonalQueries.record(live);
      dump = new SandboxHttp(sandbox).dump();
    }
    // tokens are seeded: a sandbox with the same seed issues the same first token
    try (Sandbox twin = Sandbox.start(SandboxOptions.defaults())) {
      token = new SandboxHttp(twin).token(Api.ORGANIZATION);
    }
  }

  @AfterAll
  static void forget() {
    LIVE.clear();
  }

  /**
   * The corpus queries that touch no personal column, every {@value #STRIDE}th of them unless
   * {@code -Drallyup.replay.fullCorpus=true} asks for all: each reads thousands of rows twice, and
   * all of them take minutes on a shared machine.
   */
  static List<Query> exactQueries() {
    List<Query> exact = new ArrayList<>();
    for (Query query : DifferentialTest.readCorpus()) {
      // transaction_items is a v3 array of 13,000 records, streamed and so never cached: each of
      // its queries would add its whole listing to the recording
      if (!PERSONAL.matcher(query.sql()).find() && !query.sql().contains("transaction_items")) {
        exact.add(query);
      }
    }
    if (Boolean.getBoolean("rallyup.replay.fullCorpus")) {
      return exact;
    }
    List<Query> sample = new ArrayList<>();
    for (int i = 0; i < exact.size(); i += STRIDE) {
      sample.add(exact.get(i));
    }
    return sample;
  }

  private static Connection replay(Properties credentials) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl=replay:" + recording + SESSION, credentials);
  }

  @Test
  void theReplayAnswersTheCorpusExactlyAsTheLiveSandboxDidWithNoNetwork() throws SQLException {
    assertThat(LIVE)
        .hasSizeGreaterThanOrEqualTo(Boolean.getBoolean("rallyup.replay.fullCorpus") ? 80 : 15);
    int withRows = 0;
    try (Connection replay = replay(SandboxHttp.login(Api.ORGANIZATION))) {
      for (Map.Entry<Query, Result> live : LIVE.entrySet()) {
        Query query = live.getKey();
        Results.read(replay, query.sql())
            .assertSameAs(live.getValue(), query.ordered(), query.sql());
        withRows += live.getValue().rows().isEmpty() ? 0 : 1;
      }
    }
    assertThat(withRows).isGreaterThan(LIVE.size() * 3 / 4);
  }

  @Test
  void personalColumnsReplayAsOneConsistentRenamingAndJoinsStillMatch() throws SQLException {
    try (Connection replay = replay(new Properties())) {
      personal.assertReplaysConsistently(replay);
    }
  }

  @Test
  void noSecretTokenOrPersonalValueIsAnywhereInTheRecording() throws Exception {
    RecordingScan scan = RecordingScan.of(recording);
    assertThat(scan.files()).isGreaterThan(30);
    assertThat(scan.contains(SandboxHttp.login(Api.ORGANIZATION).getProperty("password")))
        .isEmpty();
    assertThat(token).hasSizeGreaterThan(20);
    assertThat(scan.contains(token)).isEmpty();
    assertThat(scan.contains("Bearer")).isEmpty();
    List<String> values = RecordingScan.personalValues(dump);
    assertThat(values).hasSizeGreaterThan(10_000);
    assertThat(scan.leaks(values)).isEmpty();
  }

  @Test
  void aRequestTheRecordingDoesNotHoldFailsNamingIt() throws SQLException {
    try (Connection replay = replay(new Properties())) {
      assertThatThrownBy(
              () -> Results.read(replay, "SELECT * FROM users WHERE email = 'nobody@example.org'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("holds no answer to GET /v2/api/finduser/nobody@example.org");
    }
  }

  @Test
  void aDirectoryHoldingARecordingIsNotRecordedIntoAgain() {
    assertThat(Files.isRegularFile(recording.resolve("recording.json"))).isTrue();
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    "jdbc:rallyup:baseUrl=http://127.0.0.1:9;recordTo=" + recording,
                    SandboxHttp.login(Api.ORGANIZATION)))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("recordTo")
        .hasMessageContaining("already holds a recording");
  }
}
