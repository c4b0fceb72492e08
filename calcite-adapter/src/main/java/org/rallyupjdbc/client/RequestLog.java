package org.rallyupjdbc.client;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The requests of one connection, newest last, for {@code rallyup_meta.requests}: what a query
 * cost, and why. Holds the latest {@link #CAPACITY} entries. Never holds headers, so never the
 * token.
 */
public final class RequestLog {
  /** The request trace ({@code logLevel=trace}): the DEBUG line's facts and the body's size. */
  private static final System.Logger TRACE = System.getLogger(RallyUpClient.class.getName());

  /** Entries kept; older ones are dropped first. */
  public static final int CAPACITY = 10_000;

  private final Deque<Entry> entries = new ArrayDeque<>();
  private Entry latestSent;

  /**
   * One HTTP request (after its retries) or one answer from the cache.
   *
   * <p>{@code records} is filled in once the body has been decoded, so it is -1 until then.
   */
  public static final class Entry {
    private final long statementId;
    private final Instant startedAt;
    private final String method;
    private final String target;
    private final int status;
    private final long millis;
    private final long bytes;
    private final int retries;
    private final long waitedMillis;
    private final boolean cacheHit;
    private volatile int records = -1;
    private volatile int duplicates;

    Entry(
        long statementId,
        Instant startedAt,
        String method,
        String target,
        int status,
        long millis,
        long bytes,
        int retries,
        long waitedMillis,
        boolean cacheHit) {
      this.statementId = statementId;
      this.startedAt = startedAt;
      this.method = method;
      this.target = target;
      this.status = status;
      this.millis = millis;
      this.bytes = bytes;
      this.retries = retries;
      this.waitedMillis = waitedMillis;
      this.cacheHit = cacheHit;
    }

    /** The statement that made the request, 0 for none (the login). */
    public long statementId() {
      return statementId;
    }

    /** When the request was sent. */
    public Instant startedAt() {
      return startedAt;
    }

    /** The HTTP method. */
    public String method() {
      return method;
    }

    /** Path and query string. */
    public String target() {
      return target;
    }

    /** The final HTTP status, 0 when no response came. */
    public int status() {
      return status;
    }

    /** Time until the response headers, retries and waits included. */
    public long millis() {
      return millis;
    }

    /** Body size, -1 when not known. */
    public long bytes() {
      return bytes;
    }

    /** Attempts beyond the first. */
    public int retries() {
      return retries;
    }

    /** Time spent waiting for the credential's rate limiter, retries included. */
    public long waitedMillis() {
      return waitedMillis;
    }

    /** Whether the body came from the connection's cache instead of the network. */
    public boolean cacheHit() {
      return cacheHit;
    }

    /** Records decoded from the body, -1 until decoded. */
    public int records() {
      return records;
    }

    void records(int count) {
      records = count;
    }

    /** Records dropped because an earlier page of the same scan had them (the listing moved). */
    public int duplicates() {
      return duplicates;
    }

    void duplicates(int count) {
      duplicates = count;
    }
  }

  synchronized void add(Entry entry) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
    if (!entry.cacheHit) {
      latestSent = entry;
    }
    if (TRACE.isLoggable(System.Logger.Level.TRACE)) {
      TRACE.log(
          System.Logger.Level.TRACE,
          () ->
              entry.method
                  + " "
                  + entry.target
                  + " -> "
                  + entry.status
                  + ", "
                  + entry.bytes
                  + " bytes in "
                  + entry.millis
                  + " ms, "
                  + entry.retries
                  + " retries, "
                  + entry.waitedMillis
                  + " ms waiting for the rate limit"
                  + (entry.cacheHit ? ", from the cache" : ""));
    }
  }

  /**
   * The newest request that went to the API (not answered from the cache), if any: whether the API
   * answered it, and when, tells {@code Connection.isValid} whether it needs to ask again.
   */
  public synchronized Optional<Entry> latestSent() {
    return Optional.ofNullable(latestSent);
  }

  /** The entries, oldest first. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries);
  }
}
