package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.testing.FakeRallyUp;

/**
 * Replays Spark's JDBC data source (docs/spark.md): the driver loaded by class name and called
 * directly, the {@code WHERE 1=0} schema probe (answered without a request), the typed reads of
 * {@code JDBCRDD.compute} on a new connection per partition, the exact SQL Spark 4 generates for
 * projections, pushed filters, {@code count()}, numeric and timestamp partitions, explicit
 * predicates and the {@code query} option, and the commit on close.
 */
class SparkJdbcEmulationTest {
  private static final String TABLE = "rallyup.donations";
  private static final String COLUMNS =
      "\"transaction_id\",\"campaign_id\",\"transaction_gross_amount_value\","
          + "\"transaction_created_date\",\"donor_first_name\",\"is_recurring\"";
  private static final Set<Integer> SPARK_TYPES =
      Set.of(
          Types.BIGINT,
          Types.INTEGER,
          Types.DECIMAL,
          Types.NUMERIC,
          Types.BOOLEAN,
          Types.VARCHAR,
          Types.CHAR,
          Types.TIMESTAMP,
          Types.DATE,
          Types.DOUBLE);

  private final FakeRallyUp fake = ClientFixtures.fake();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void theSchemaProbeAsksNothingOfTheApi() throws Exception {
    try (Connection connection = connect()) {
      List<String> schema = schema(connection, "SELECT * FROM " + TABLE + " WHERE 1=0");
      assertThat(schema)
          .contains(
              "transaction_id BIGINT p19 s0 signed notnull",
              "transaction_gross_amount_value DECIMAL p19 s2 signed nullable",
              "transaction_created_date TIMESTAMP p23 s0 signed nullable");
      assertThat(
              schema(
                  connection,
                  "SELECT * FROM (select campaign_id, sum(transaction_gross_amount_value) as raised"
                      + " from donations group by campaign_id) SPARK_GEN_SUBQ_0 WHERE 1=0"))
          .containsExactly(
              "campaign_id BIGINT p19 s0 signed notnull", "raised DECIMAL p19 s2 signed nullable");
    }
    assertThat(fake.apiRequests()).isEmpty();
  }

  @Test
  void aFullReadAPushedFilterAndCount() throws Exception {
    List<String> all = read("SELECT " + COLUMNS + " FROM " + TABLE);
    assertThat(all).hasSize(ClientFixtures.DONATIONS);
    assertThat(all.get(0)).isEqualTo("101|7|5.00|2024-03-05 12:00:00.0|Ann|false");
    assertThat(all.get(ClientFixtures.DONATIONS - 1)).isEqualTo("112|8|60.00|null|Carl|true");
    assertThat(
            read(
                "SELECT \"transaction_id\",\"donor_first_name\" FROM "
                    + TABLE
                    + " WHERE (\"transaction_gross_amount_value\" IS NOT NULL)"
                    + " AND (\"transaction_gross_amount_value\" > 5.00)"
                    + " AND (\"donor_first_name\" LIKE 'A%' ESCAPE '\\')"))
        .containsExactly("103|Alice", "105|Ann", "107|Alice", "109|Ann", "111|Alice");
    assertThat(read("SELECT 1 FROM " + TABLE)).hasSize(ClientFixtures.DONATIONS);
  }

  @Test
  void partitionedReadsCoverEveryRowOnce() throws Exception {
    List<String> all = read("SELECT " + COLUMNS + " FROM " + TABLE);
    // partitionColumn=transaction_id, lowerBound=101, upperBound=113, numPartitions=3
    List<String> byId = new ArrayList<>();
    for (String where :
        List.of(
            "\"transaction_id\" < 105 or \"transaction_id\" is null",
            "\"transaction_id\" >= 105 AND \"transaction_id\" < 109",
            "\"transaction_id\" >= 109")) {
      List<String> partition = read("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + where);
      assertThat(partition).hasSize(4);
      byId.addAll(partition);
    }
    assertThat(byId).containsExactlyInAnyOrderElementsOf(all);

    // a timestamp partitionColumn: Spark compares the column with a text literal
    List<String> byDate = new ArrayList<>();
    byDate.addAll(
        read(
            "SELECT "
                + COLUMNS
                + " FROM "
                + TABLE
                + " WHERE \"transaction_created_date\" < '2024-03-11 00:00:00'"
                + " or \"transaction_created_date\" is null"));
    assertThat(byDate).hasSize(7);
    byDate.addAll(
        read(
            "SELECT "
                + COLUMNS
                + " FROM "
                + TABLE
                + " WHERE \"transaction_created_date\" >= '2024-03-11 00:00:00'"));
    assertThat(byDate).containsExactlyInAnyOrderElementsOf(all);

    // predicates = ["campaign_id = 7", "campaign_id = 8"]
    List<String> byCampaign = new ArrayList<>();
    for (String predicate : List.of("campaign_id = 7", "campaign_id = 8")) {
      byCampaign.addAll(read("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + predicate));
    }
    assertThat(byCampaign).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void theQueryOption() throws Exception {
    assertThat(
            read(
                "SELECT \"campaign_id\",\"raised\" FROM (select campaign_id,"
                    + " sum(transaction_gross_amount_value) as raised from donations"
                    + " group by campaign_id) SPARK_GEN_SUBQ_0"))
        .containsExactlyInAnyOrder("7|180.00", "8|210.00");
  }

  /** DriverRegistry: the class named by the {@code driver} option, instantiated and called. */
  private Connection connect() throws Exception {
    Driver driver =
        (Driver)
            Class.forName(
                    "org.rallyupjdbc.jdbc.RallyUpDriver",
                    true,
                    Thread.currentThread().getContextClassLoader())
                .getConstructor()
                .newInstance();
    Properties properties = new Properties();
    properties.setProperty("user", FakeRallyUp.LOGIN);
    properties.setProperty("password", FakeRallyUp.SECRET);
    return driver.connect("jdbc:rallyup:baseUrl=" + fake.baseUrl(), properties);
  }

  /** JDBCRDD.getQueryOutputSchema and JdbcUtils.getSchema. */
  private static List<String> schema(Connection connection, String probe) throws SQLException {
    List<String> fields = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(probe)) {
      statement.setQueryTimeout(0);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          int type = meta.getColumnType(i);
          assertThat(SPARK_TYPES).as(meta.getColumnLabel(i)).contains(type);
          if (type == Types.DECIMAL || type == Types.NUMERIC) {
            // Spark's DecimalType holds at most 38 digits; text may be unbounded (MAX_VALUE)
            assertThat(meta.getPrecision(i)).isLessThanOrEqualTo(38);
          }
          fields.add(
              meta.getColumnLabel(i)
                  + " "
                  + meta.getColumnTypeName(i)
                  + " p"
                  + meta.getPrecision(i)
                  + " s"
                  + meta.getScale(i)
                  + (meta.isSigned(i) ? " signed" : " unsigned")
                  + (meta.isNullable(i) == ResultSetMetaData.columnNoNulls
                      ? " notnull"
                      : " nullable"));
        }
        assertThat(rows.next()).isFalse();
      }
    }
    return fields;
  }

  /** One partition: its own connection, JDBCRDD.compute's statement and getters, commit, close. */
  private List<String> read(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = connect()) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(1000);
        statement.setQueryTimeout(0);
        try (ResultSet result = statement.executeQuery()) {
          ResultSetMetaData meta = result.getMetaData();
          while (result.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              values.add(typedGet(result, i, meta.getColumnType(i)));
            }
            rows.add(String.join("|", values));
          }
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
    return rows;
  }

  /** The getter Spark's value setters use for each type. */
  private static String typedGet(ResultSet rows, int i, int type) throws SQLException {
    Object value =
        switch (type) {
          case Types.BIGINT -> rows.getLong(i);
          case Types.INTEGER -> rows.getInt(i);
          case Types.DECIMAL, Types.NUMERIC -> rows.getBigDecimal(i);
          case Types.BOOLEAN -> rows.getBoolean(i);
          case Types.TIMESTAMP -> rows.getTimestamp(i);
          default -> rows.getString(i);
        };
    return rows.wasNull() ? "null" : String.valueOf(value);
  }
}
