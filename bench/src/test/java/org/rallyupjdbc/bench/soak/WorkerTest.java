package org.rallyupjdbc.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;

/** The soak fails on a wrong result: shown with an H2 that lacks one donation the API serves. */
class WorkerTest {
  @Test
  void aResultThatDiffersFromH2IsAFailureWithItsSeedAndSql() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      Map<String, List<JsonNode>> records =
          OracleRecords.organization(SoakRun.dump(sandbox.baseUrl()));
      records
          .get("donations")
          .remove(
              records.get("donations").stream()
                  .min(Comparator.comparingLong(d -> d.get("TransactionId").asLong()))
                  .orElseThrow());
      ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
      try (H2Oracle oracle = H2Oracle.load(records);
          HikariDataSource pool = SoakRun.pool(sandbox.baseUrl(), 1)) {
        Tally tally = new Tally();
        QueryMix mix = new QueryMix(Facts.read(oracle.connection()));
        Worker worker =
            new Worker(pool, mix, new Expected(oracle), tally, canceller, 5, System.nanoTime());
        SoakQuery scan =
            LongStream.range(0, 1_000)
                .mapToObj(mix::query)
                .filter(q -> q.kind() == QueryKind.SCAN)
                .findFirst()
                .orElseThrow();
        worker.runOne(scan);

        Tally.Counts counts = tally.counts();
        assertThat(counts.failures()).isPositive();
        assertThat(counts.firstFailures().get(0))
            .startsWith("wrong result: ")
            .contains("(seed ")
            .contains("FROM donations")
            .contains("driver: ");
      } finally {
        canceller.shutdownNow();
      }
    }
  }
}
