package org.rallyupjdbc.jdbc.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.rallyupjdbc.client.Api;
import org.rallyupjdbc.jdbc.sandbox.SandboxHttp;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;
import org.rallyupjdbc.testing.H2Oracle;

/**
 * A sandbox at its default seed, H2 loaded with its partner records, and partner connections to it:
 * what the partner fan-out and lookup tests share.
 */
final class PartnerSandbox implements AutoCloseable {
  final Sandbox sandbox;
  final SandboxHttp http;
  final PartnerDump data;
  final H2Oracle oracle;

  private PartnerSandbox(Sandbox sandbox, SandboxHttp http, PartnerDump data, H2Oracle oracle) {
    this.sandbox = sandbox;
    this.http = http;
    this.data = data;
    this.oracle = oracle;
  }

  static PartnerSandbox start() throws Exception {
    Sandbox sandbox = Sandbox.start(SandboxOptions.defaults());
    try {
      SandboxHttp http = new SandboxHttp(sandbox);
      PartnerDump data = new PartnerDump(http.dump());
      return new PartnerSandbox(
          sandbox, http, data, H2Oracle.load("partner", data.recordsByTable()));
    } catch (Exception | Error e) {
      sandbox.close();
      throw e;
    }
  }

  /** A partner connection with these extra properties; the request statistics start afresh. */
  Connection connect(String properties) throws Exception {
    Connection connection =
        DriverManager.getConnection(
            "jdbc:rallyup:baseUrl=" + sandbox.baseUrl() + ";partner=true" + properties,
            SandboxHttp.login(Api.PARTNER));
    http.requestsSinceReset();
    return connection;
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
