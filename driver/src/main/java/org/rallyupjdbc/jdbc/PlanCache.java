package org.rallyupjdbc.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection's prepared plans, so that a plain {@code Statement} running SQL it ran before
 * skips parsing, planning and code generation. Calcite keeps no plans by SQL text; a prepared
 * statement is its only reusable plan, and re-executing one closes the result set it made last. So
 * each plan is leased to one execution at a time: a second statement running the same SQL while the
 * first's rows are still open prepares another (at most {@link #PER_KEY} stay idle per key). The
 * key holds what changes a plan: the text, the current schema (which unqualified names resolve
 * against) and the kind of result set. Keys are evicted least recently used first.
 */
final class PlanCache {
  /** Keys kept per connection. */
  static final int DEFAULT_CAPACITY = 64;

  /** Idle plans kept per key. */
  static final int PER_KEY = 2;

  /**
   * What a plan depends on.
   *
   * @param sql the SQL text, after {@link ReadOnlyGuard}
   * @param schema the connection's current schema
   * @param kind the result set kind
   */
  record Key(String sql, String schema, ResultSetKind kind) {}

  /** A plan lent to one execution; returned by {@link #release}. */
  record Lease(Key key, PreparedStatement statement) {}

  private final Connection calcite;
  private final int capacity;
  private final LinkedHashMap<Key, Deque<PreparedStatement>> idle;
  private boolean closed;
  private long prepares;

  PlanCache(Connection calcite, int capacity) {
    this.calcite = calcite;
    this.capacity = capacity;
    this.idle = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** An idle plan for {@code key}, or a new one prepared now. */
  Lease lease(Key key) throws SQLException {
    synchronized (this) {
      Deque<PreparedStatement> plans = idle.get(key);
      PreparedStatement plan = plans == null ? null : plans.pollFirst();
      if (plan != null) {
        return new Lease(key, plan);
      }
    }
    synchronized (this) {
      prepares++;
    }
    // prepared outside the lock: planning takes tens of milliseconds
    ResultSetKind kind = key.kind();
    PreparedStatement plan =
        calcite.prepareStatement(key.sql(), kind.type(), kind.concurrency(), kind.holdability());
    return new Lease(key, plan);
  }

  /**
   * Takes a plan back once its result set is closed; a plan that was cancelled (its flag stays set)
   * or failed is closed instead, as is one beyond the limits.
   */
  void release(Lease lease, boolean reusable) {
    List<PreparedStatement> surplus = new ArrayList<>();
    synchronized (this) {
      Deque<PreparedStatement> plans = idle.computeIfAbsent(lease.key(), k -> new ArrayDeque<>());
      if (reusable && !closed && plans.size() < PER_KEY) {
        plans.addFirst(lease.statement());
      } else {
        surplus.add(lease.statement());
      }
      Iterator<Map.Entry<Key, Deque<PreparedStatement>>> eldest = idle.entrySet().iterator();
      while (idle.size() > capacity && eldest.hasNext()) {
        surplus.addAll(eldest.next().getValue());
        eldest.remove();
      }
      if (plans.isEmpty()) {
        idle.remove(lease.key());
      }
    }
    surplus.forEach(PlanCache::closeQuietly);
  }

  /** Plans prepared so far, for tests. */
  synchronized long prepares() {
    return prepares;
  }

  /** Idle plans now, for tests. */
  synchronized int size() {
    return idle.values().stream().mapToInt(Deque::size).sum();
  }

  /** Closes every idle plan; plans still leased are closed when released. */
  void close() {
    List<PreparedStatement> all = new ArrayList<>();
    synchronized (this) {
      closed = true;
      idle.values().forEach(all::addAll);
      idle.clear();
    }
    all.forEach(PlanCache::closeQuietly);
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // the plan is dropped either way; nothing the caller could do about it
    }
  }
}
