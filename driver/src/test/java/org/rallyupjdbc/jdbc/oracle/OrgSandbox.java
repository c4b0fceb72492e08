package org.rallyupjdbc.jdbc.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;
import org.rallyupjdbc.testing.OracleRecords;
import org.rallyupjdbc.testing.Results;

/**
 * A sandbox, H2 loaded with its organization records (the users finduser answers included), and
 * organization connections to it: what the lookup and metamorphic tests share. The partner twin is
 * {@link PartnerSandbox}.
 */
final class OrgSandbox implements AutoCloseable {
  final Sandbox sandbox;
  final SandboxHttp http;
  final H2Oracle oracle;

  private OrgSandbox(Sandbox sandbox, SandboxHttp http, H2Oracle oracle) {
    this.sandbox = sandbox;
    this.http = http;
    this.oracle = oracle;
  }

  static OrgSandbox start(SandboxOptions options) throws Exception {
    Sandbox sandbox = Sandbox.start(options);
    try {
      SandboxHttp http = new SandboxHttp(sandbox);
      JsonNode dump = http.dump();
      return new OrgSandbox(sandbox, http, H2Oracle.load(OracleRecords.organization(dump)));
    } catch (Exception | Error e) {
      sandbox.close();
      throw e;
    }
  }

  /** An organization connection with these extra {@code ;key=value} properties. */
  Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + properties,
        SandboxHttp.login(Api.ORGANIZATION));
  }

  /**
   * Runs {@code sql} on a connection with these extra properties, checks its rows against H2's (any
   * order) and returns the requests it made.
   */
  List<String> requestsOfSameAsH2(String properties, String sql) throws Exception {
    try (Connection driver = connect(properties)) {
      http.post("/_sandbox/stats/reset");
      Results.read(driver, sql).assertSameAs(Results.read(oracle.connection(), sql), false, sql);
      return http.requestsSinceReset();
    }
  }

  /** The first row of the query on H2, rendered. */
  String first(String sql) throws SQLException {
    return Results.read(oracle.connection(), sql).rows().get(0);
  }

  @Override
  public void close() throws SQLException {
    try {
      oracle.close();
    } finally {
      sandbox.close();
    }
  }
}
