package org.rallyupjdbc.bench.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Sync, then query: every run pages each list the scenario's tables come from (one page after
 * another) into a fresh in-memory H2 database, then runs the same SQL there. Records are decoded by
 * the driver's catalog decoder, so H2 holds exactly the driver's tables and columns; a page feeding
 * two tables (donations and donations_items) is parsed once per table.
 */
final class SyncThenQuery implements Contender {
  private static final SchemaSpec RALLYUP = Catalog.builtIn().schema("rallyup").orElseThrow();

  private final ApiSession session;
  private final List<TableSpec> tables;
  private final String sql;
  private final int pageSize;
  private int databases;

  SyncThenQuery(ApiSession session, List<String> tableNames, String sql, int pageSize) {
    this.session = session;
    this.tables = tableNames.stream().map(name -> RALLYUP.table(name).orElseThrow()).toList();
    this.sql = sql;
    this.pageSize = pageSize;
  }

  @Override
  public long run() throws IOException, SQLException {
    String url = "jdbc:h2:mem:sync" + ++databases;
    try (Connection h2 = DriverManager.getConnection(url)) {
      for (Map.Entry<String, List<TableSpec>> list : byPath().entrySet()) {
        sync(h2, list.getKey(), list.getValue());
      }
      return DriverContender.drain(h2, sql);
    }
  }

  /** The tables grouped by the list they are read from. */
  private Map<String, List<TableSpec>> byPath() {
    Map<String, List<TableSpec>> byPath = new LinkedHashMap<>();
    for (TableSpec table : tables) {
      byPath.computeIfAbsent(table.endpoint().paths().get(0), p -> new ArrayList<>()).add(table);
    }
    return byPath;
  }

  private void sync(Connection h2, String path, List<TableSpec> fed)
      throws IOException, SQLException {
    PreparedStatement[] inserts = new PreparedStatement[fed.size()];
    RowDecoder[] decoders = new RowDecoder[fed.size()];
    for (int t = 0; t < fed.size(); t++) {
      TableSpec table = fed.get(t);
      H2Tables.create(h2, table);
      inserts[t] = H2Tables.insert(h2, table);
      int[] everyColumn = IntStream.range(0, table.columns().size()).toArray();
      decoders[t] = RowDecoder.of(table, everyColumn, Map.of());
    }
    for (int page = 1; ; page++) {
      byte[] body = fetch(path, page);
      if (body == null) {
        break;
      }
      PageReader.PageInfo info = null;
      for (int t = 0; t < fed.size(); t++) {
        PreparedStatement insert = inserts[t];
        RowDecoder decoder = decoders[t];
        TableSpec table = fed.get(t);
        info =
            PageReader.read(
                new ByteArrayInputStream(body),
                parser -> {
                  for (Object[] row : decoder.decode(parser)) {
                    addRow(insert, table, row);
                  }
                });
        insert.executeBatch();
      }
      if (info.records() == 0 || page >= info.totalPages()) {
        break;
      }
    }
    for (PreparedStatement insert : inserts) {
      insert.close();
    }
  }

  private static void addRow(PreparedStatement insert, TableSpec table, Object[] row)
      throws IOException {
    try {
      H2Tables.addRow(insert, table.columns(), row);
    } catch (SQLException e) {
      throw new IOException("insert into H2 failed", e);
    }
  }

  /** The page's body, or null for an empty list. */
  private byte[] fetch(String path, int page) throws IOException {
    HttpUrl url =
        session
            .url(path)
            .addQueryParameter("pageIndex", Integer.toString(page))
            .addQueryParameter("pageSize", Integer.toString(pageSize))
            .build();
    try (Response response = session.get(url)) {
      return response.code() == 204 ? null : response.body().bytes();
    }
  }

  @Override
  public void close() {}
}
