package org.rallyupjdbc.bench.micro;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * Planning a warm simple query: {@code prepareStatement} (parse, validate, optimise, generate and
 * compile code) and close, no request sent. A plain {@code Statement} pays this on every execution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBench {
  static final String SQL =
      "SELECT campaign_name, transaction_gross_amount_value FROM donations WHERE campaign_id = 5";

  private Sandbox sandbox;
  private Connection connection;

  /** Connects to a sandbox on loopback (the connection logs in once). */
  @Setup
  public void setUp() throws IOException, SQLException {
    sandbox = Sandbox.start(SandboxOptions.defaults().withStaticToken("bench"));
    connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";password=bench");
  }

  /** Plans the query and throws the plan away. */
  @Benchmark
  public void planSimpleQuery() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.getMetaData();
    }
  }

  @TearDown
  public void tearDown() throws SQLException {
    connection.close();
    sandbox.close();
  }
}
