package org.rallyupjdbc.bench.run;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.rallyupjdbc.catalog.Catalog;
import org.rallyupjdbc.catalog.RowDecoder;
import org.rallyupjdbc.catalog.SchemaSpec;
import org.rallyupjdbc.catalog.TableSpec;

/**
 * Sync, then query, for the partner schema: every run pages the organizations, then each one's
 * campaigns (one page after another), into a fresh in-memory H2 database whose {@code PARTNER}
 * schema has the driver's tables (decoded by the driver's catalog decoder), then runs the same SQL
 * there.
 */
final class PartnerSync implements Contender {
  private static final SchemaSpec PARTNER = Catalog.builtIn().schema("partner").orElseThrow();
  private static final TableSpec ORGANIZATIONS = PARTNER.table("organizations").orElseThrow();
  private static final TableSpec CAMPAIGNS = PARTNER.table("campaigns").orElseThrow();

  private final ApiSession session;
  private final String sql;
  private final int pageSize;
  private int databases;

  PartnerSync(ApiSession session, String sql, int pageSize) {
    this.session = session;
    this.sql = sql;
    this.pageSize = pageSize;
  }

  @Override
  public long run() throws IOException, SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:partner" + ++databases)) {
      try (Statement statement = h2.createStatement()) {
        statement.execute("CREATE SCHEMA PARTNER");
        statement.execute("SET SCHEMA PARTNER");
      }
      H2Tables.create(h2, ORGANIZATIONS);
      H2Tables.create(h2, CAMPAIGNS);
      List<Object[]> organizations =
          sync(h2, ORGANIZATIONS, PartnerContenders.organizations(session));
      int id = ORGANIZATIONS.columnIndex("id");
      for (Object[] organization : organizations) {
        sync(h2, CAMPAIGNS, PartnerContenders.campaigns(session, (Long) organization[id]));
      }
      return DriverContender.drain(h2, sql);
    }
  }

  /** Inserts every page of the listing into the table; returns the rows. */
  private List<Object[]> sync(Connection h2, TableSpec table, HttpUrl.Builder listing)
      throws IOException, SQLException {
    RowDecoder decoder =
        RowDecoder.of(table, IntStream.range(0, table.columns().size()).toArray(), Map.of());
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement insert = H2Tables.insert(h2, table)) {
      for (int page = 1; ; page++) {
        PageReader.PageInfo info;
        try (Response response = session.get(PagedListing.page(listing, page, pageSize))) {
          if (response.code() == 204) {
            break;
          }
          info = PageReader.read(response.body().byteStream(), p -> rows.addAll(decoder.decode(p)));
        }
        if (info.records() == 0 || page >= info.totalPages()) {
          break;
        }
      }
      for (Object[] row : rows) {
        H2Tables.addRow(insert, table.columns(), row);
      }
      insert.executeBatch();
    }
    return rows;
  }

  @Override
  public void close() {}
}
