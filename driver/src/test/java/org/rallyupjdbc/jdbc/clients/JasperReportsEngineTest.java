package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * The real JasperReports engine over the driver, against the sandbox: a JRXML with a parameterised
 * query is compiled (its expressions by the JDK's compiler), filled through a driver connection and
 * exported as CSV, and its rows must be the same query's rows read with plain JDBC on the same
 * connection, formatted with the report's patterns. The emulation in {@link
 * JasperReportsEmulationTest} covers every parameter class; this proves the engine's own path.
 */
class JasperReportsEngineTest {
  private static final String COLUMNS =
      "SELECT transaction_id, campaign_name, transaction_gross_amount_value,"
          + " transaction_created_date FROM donations WHERE ";
  private static final String AMOUNT = "0.00";
  private static final String CREATED = "yyyy-MM-dd HH:mm:ss";

  private static Sandbox sandbox;
  private static Connection connection;

  @BeforeAll
  static void start() throws Exception {
    // the engine measures text with AWT fonts; no display here or in CI
    System.setProperty("java.awt.headless", "true");
    sandbox = Sandbox.start(SandboxOptions.defaults());
    connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl(), SandboxHttp.login(Api.ORGANIZATION));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      connection.close();
    } finally {
      sandbox.close();
    }
  }

  @Test
  void aLongParameterSelectsOneCampaign() throws Exception {
    long campaignId;
    try (Statement statement = connection.createStatement();
        ResultSet busiest =
            statement.executeQuery(
                "SELECT campaign_id FROM donations GROUP BY campaign_id"
                    + " ORDER BY COUNT(*) DESC, campaign_id LIMIT 1")) {
      assertThat(busiest.next()).isTrue();
      campaignId = busiest.getLong(1);
    }
    String where = "campaign_id = ? ORDER BY transaction_id";
    List<String> report = fill("campaignId", Long.class, campaignId, where);
    assertThat(report).hasSizeGreaterThan(1).isEqualTo(jdbc(where, campaignId));
  }

  @Test
  void aDateParameterSelectsTheLaterDonations() throws Exception {
    Timestamp middle;
    int all;
    try (Statement statement = connection.createStatement();
        ResultSet dates =
            statement.executeQuery(
                "SELECT transaction_created_date FROM donations ORDER BY transaction_created_date")) {
      List<Timestamp> created = new ArrayList<>();
      while (dates.next()) {
        created.add(dates.getTimestamp(1));
      }
      all = created.size();
      middle = created.get(all / 2);
    }
    java.util.Date since = new java.util.Date(middle.getTime());
    String where = "transaction_created_date >= ? ORDER BY transaction_id";
    List<String> report = fill("since", java.util.Date.class, since, where);
    assertThat(report)
        .hasSizeGreaterThan(1)
        .hasSizeLessThan(all)
        // the engine binds any java.util.Date with setDate; so does the comparison here
        .isEqualTo(jdbc(where, new java.sql.Date(since.getTime())));
  }

  /** Compiles the report for one parameter, fills it through the driver and exports it as CSV. */
  private static List<String> fill(String name, Class<?> type, Object value, String where)
      throws Exception {
    String query = COLUMNS + where.replace("?", "$P{" + name + "}");
    JasperReport report =
        JasperCompileManager.compileReport(
            new ByteArrayInputStream(jrxml(name, type, query).getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(name, value);
    parameters.put(JRParameter.REPORT_LOCALE, Locale.ROOT);
    parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getDefault());
    parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
    // the JDK's compiler through javax.tools, in process (driver/pom.xml leaves out ecj)
    assertThat(report.getCompilerClass())
        .isEqualTo("net.sf.jasperreports.engine.design.JRJdk13Compiler");
    JasperPrint print = JasperFillManager.fillReport(report, parameters, connection);
    StringWriter csv = new StringWriter();
    JRCsvExporter exporter = new JRCsvExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleWriterExporterOutput(csv));
    exporter.exportReport();
    return csv.toString().lines().filter(line -> !line.isEmpty()).toList();
  }

  /** The same query with plain JDBC, each row formatted as the report's text fields are. */
  private static List<String> jdbc(String where, Object parameter) throws Exception {
    DecimalFormat amount = new DecimalFormat(AMOUNT, DecimalFormatSymbols.getInstance(Locale.ROOT));
    SimpleDateFormat created = new SimpleDateFormat(CREATED, Locale.ROOT);
    created.setTimeZone(TimeZone.getDefault());
    List<String> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS + where)) {
      statement.setObject(1, parameter);
      try (ResultSet results = statement.executeQuery()) {
        while (results.next()) {
          BigDecimal gross = results.getBigDecimal(3);
          Timestamp date = results.getTimestamp(4);
          rows.add(
              String.join(
                  ",",
                  String.valueOf(results.getLong(1)),
                  csv(results.getString(2)),
                  gross == null ? "" : amount.format(gross),
                  date == null ? "" : created.format(date)));
        }
      }
    }
    return rows;
  }

  /** JRCsvExporter's quoting: a value with a comma, quote or line break is quoted. */
  private static String csv(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  /** The report (a resource) for one parameter and query, with this test's two patterns. */
  private static String jrxml(String name, Class<?> type, String query) throws IOException {
    try (InputStream template =
        JasperReportsEngineTest.class.getResourceAsStream("donations.jrxml")) {
      return new String(template.readAllBytes(), StandardCharsets.UTF_8)
          .formatted(name, type.getName(), query, AMOUNT, CREATED);
    }
  }
}
