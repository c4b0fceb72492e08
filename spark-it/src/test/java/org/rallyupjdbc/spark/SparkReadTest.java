package org.rallyupjdbc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * Apache Spark in local mode reads the sandbox's donations through {@code rallyup-jdbc.jar} with
 * the {@code jdbc} data source, as {@code docs/spark.md} shows: a whole table, a projection with a
 * pushed filter, a read partitioned by explicit predicates (campaign buckets) and one partitioned
 * on {@code transaction_id}. The oracle is the sandbox's own dump of its records, read without the
 * driver. The driver jar is loaded by its own class loader above Spark's, as {@code --jars} does.
 */
class SparkReadTest {
  private static Sandbox sandbox;
  private static SparkSession spark;
  private static ClassLoader saved;
  private static URLClassLoader driverLoader;
  private static Map<Long, Long> campaignOfDonation;

  @BeforeAll
  static void start() throws Exception {
    Path jar = Path.of(System.getProperty("rallyup.driver.jar"));
    assertThat(jar).exists();
    sandbox = Sandbox.start(SandboxOptions.defaults());
    campaignOfDonation = donationsFromTheDump();
    saved = Thread.currentThread().getContextClassLoader();
    driverLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, saved);
    Thread.currentThread().setContextClassLoader(driverLoader);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("rallyup-jdbc")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1") // never another interface
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    Thread.currentThread().setContextClassLoader(saved);
    if (driverLoader != null) {
      driverLoader.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static DataFrameReader jdbc() {
    return spark
        .read()
        .format("jdbc")
        .option("url", "jdbc:rallyup:pageSize=1000;baseUrl=" + sandbox.baseUrl())
        .option("driver", "org.rallyupjdbc.jdbc.RallyUpDriver")
        .option("user", Credentials.ORG_LOGIN)
        .option("password", Credentials.ORG_SECRET);
  }

  @Test
  void aWholeTableEqualsTheSandboxRecords() {
    Dataset<Row> donations = jdbc().option("dbtable", "rallyup.donations").load();
    assertThat(donations.schema().apply("transaction_id").dataType().simpleString())
        .isEqualTo("bigint");
    assertThat(donations.schema().apply("transaction_gross_amount_value").dataType().simpleString())
        .isEqualTo("decimal(19,2)");
    assertThat(donations.schema().apply("transaction_created_date").dataType().simpleString())
        .isEqualTo("timestamp");
    assertThat(pairs(donations.select("transaction_id", "campaign_id").collectAsList()))
        .isEqualTo(campaignOfDonation);
  }

  @Test
  void aProjectionWithAPushedFilterAndAnAggregate() {
    long firstCampaign = campaignOfDonation.values().stream().min(Long::compare).orElseThrow();
    Dataset<Row> donations = jdbc().option("dbtable", "rallyup.donations").load();
    long expected = campaignOfDonation.values().stream().filter(c -> c == firstCampaign).count();
    assertThat(donations.filter("campaign_id = " + firstCampaign).count()).isEqualTo(expected);
    Map<Long, Long> perCampaign = new HashMap<>();
    campaignOfDonation.values().forEach(c -> perCampaign.merge(c, 1L, Long::sum));
    Map<Long, Long> counted = new HashMap<>();
    for (Row row : donations.groupBy("campaign_id").count().collectAsList()) {
      counted.put(row.getLong(0), row.getLong(1));
    }
    assertThat(counted).isEqualTo(perCampaign);
  }

  @Test
  void aReadPartitionedByCampaignPredicates() {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("driver", "org.rallyupjdbc.jdbc.RallyUpDriver");
    properties.setProperty("user", Credentials.ORG_LOGIN);
    properties.setProperty("password", Credentials.ORG_SECRET);
    String[] predicates = {
      "MOD(campaign_id, 3) = 0", "MOD(campaign_id, 3) = 1", "MOD(campaign_id, 3) = 2"
    };
    Dataset<Row> donations =
        spark
            .read()
            .jdbc(
                "jdbc:rallyup:pageSize=1000;baseUrl=" + sandbox.baseUrl(),
                "rallyup.donations",
                predicates,
                properties);
    assertThat(donations.rdd().getNumPartitions()).isEqualTo(3);
    assertThat(pairs(donations.select("transaction_id", "campaign_id").collectAsList()))
        .isEqualTo(campaignOfDonation);
  }

  @Test
  void aReadPartitionedOnTheTransactionId() {
    long low = campaignOfDonation.keySet().stream().min(Long::compare).orElseThrow();
    long high = campaignOfDonation.keySet().stream().max(Long::compare).orElseThrow();
    Dataset<Row> donations =
        jdbc()
            .option("dbtable", "rallyup.donations")
            .option("partitionColumn", "transaction_id")
            .option("lowerBound", Long.toString(low))
            .option("upperBound", Long.toString(high + 1))
            .option("numPartitions", "3")
            .load();
    assertThat(donations.rdd().getNumPartitions()).isEqualTo(3);
    List<Row> rows = donations.select("transaction_id", "campaign_id").collectAsList();
    assertThat(rows).hasSize(campaignOfDonation.size());
    assertThat(pairs(rows)).isEqualTo(campaignOfDonation);
  }

  private static Map<Long, Long> pairs(List<Row> rows) {
    Map<Long, Long> pairs = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (Row row : rows) {
      assertThat(seen.add(row.getLong(0))).as("transaction %s read once", row.getLong(0)).isTrue();
      pairs.put(row.getLong(0), row.getLong(1));
    }
    return pairs;
  }

  /** transaction id to campaign id for every donation the sandbox holds, from its dump. */
  private static Map<Long, Long> donationsFromTheDump() throws IOException, InterruptedException {
    HttpResponse<byte[]> dump =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/dump")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    JsonNode records = new ObjectMapper().readTree(dump.body()).get("/v2/api/listdonations");
    Map<Long, Long> donations = new HashMap<>();
    for (JsonNode record : records) {
      donations.put(record.get("TransactionId").asLong(), record.get("CampaignId").asLong());
    }
    assertThat(donations).hasSizeGreaterThan(1000);
    return donations;
  }
}
