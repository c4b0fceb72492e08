package org.rallyupjdbc.adapter;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.rallyupjdbc.catalog.TableSpec;
import org.rallyupjdbc.client.ApiRequest;
import org.rallyupjdbc.client.RallyUpClient;
import org.rallyupjdbc.client.RequestLog;

/**
 * What the tables of one JDBC connection share: the client, the per-query settings, and the row
 * counts learnt so far (for the planner's statistics).
 */
public final class RallyUpSession {
  private final RallyUpClient client;
  private final int pageSize;
  private final int maxRequestsPerQuery;
  private final boolean pushdown;
  private final Map<String, Long> rowCounts = new ConcurrentHashMap<>();
  private final StatementRegistry statements = new StatementRegistry();

  /**
   * Creates a session.
   *
   * @param pageSize records per page requested from paged endpoints
   * @param maxRequestsPerQuery requests one statement may make, 0 for no limit
   * @param pushdown whether queries shape the requests ({@link RallyUpProperty#PUSHDOWN})
   */
  public RallyUpSession(
      RallyUpClient client, int pageSize, int maxRequestsPerQuery, boolean pushdown) {
    this.client = requireNonNull(client, "client");
    this.pageSize = pageSize;
    this.maxRequestsPerQuery = maxRequestsPerQuery;
    this.pushdown = pushdown;
  }

  /** Creates a session from the connection's settings. */
  public RallyUpSession(RallyUpClient client, ConnectionSettings settings) {
    this(client, settings.pageSize(), settings.maxRequestsPerQuery(), settings.pushdown());
  }

  RallyUpClient client() {
    return client;
  }

  int pageSize() {
    return pageSize;
  }

  int maxRequestsPerQuery() {
    return maxRequestsPerQuery;
  }

  /** Whether queries shape the requests; when not, only what a table cannot do without is sent. */
  boolean pushdown() {
    return pushdown;
  }

  /** Where the connection's statements make themselves known to their scans. */
  public StatementRegistry statements() {
    return statements;
  }

  /** The requests of this connection. */
  public RequestLog requestLog() {
    return client.requestLog();
  }

  /** The table's row count as last reported by the API, if known. */
  OptionalLong rowCount(TableSpec table) {
    Long count = rowCounts.get(key(table));
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /** Remembers the API's TotalCount of a request when it counts the whole table (no parameters). */
  void rememberRowCount(TableSpec table, ApiRequest request, long count) {
    if (request.queryParams().isEmpty() && request.pathParams().isEmpty()) {
      rowCounts.put(key(table), count);
    }
  }

  private static String key(TableSpec table) {
    return table.schema() + "." + table.name();
  }
}
