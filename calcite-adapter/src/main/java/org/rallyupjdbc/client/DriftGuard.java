package org.rallyupjdbc.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches one paged scan for a listing that changes while it is read. A record added ahead of the
 * page being read pushes the records behind it one place further, so the next page starts with
 * records already read: those are dropped, by key. A page whose {@code TotalCount} is lower than
 * the page before it was either answered before it (parallel pages) or read after records left the
 * listing; both can skip records, so the scan asks for that page again, and fails if the count is
 * still lower.
 *
 * <p>Keys are kept for the latest pages only ({@link #KEYS_KEPT} keys, at least one page), so a
 * scan's memory does not grow with the table.
 */
final class DriftGuard<T> {
  /** Keys of earlier pages kept for recognising repeated records. */
  static final int KEYS_KEPT = 10_000;

  private final RecordDecoder<T> decoder;
  private final Set<Object> earlierKeys = new HashSet<>();
  private final Deque<List<Object>> earlierPages = new ArrayDeque<>();
  private Integer firstCount;
  private Integer lastCount;
  private boolean changed;
  private long dropped;

  DriftGuard(RecordDecoder<T> decoder) {
    this.decoder = decoder;
  }

  /** Whether a page reporting {@code totalCount} may have skipped records of the page before. */
  boolean shrank(Integer totalCount) {
    return totalCount != null && lastCount != null && totalCount < lastCount;
  }

  /** The {@code TotalCount} of the latest page that had one. */
  int lastCount() {
    return lastCount;
  }

  /**
   * Takes note of a page's {@code TotalCount}; returns whether it differs from the page before, in
   * which case the rest of the scan should be read page after page, from the API.
   */
  boolean countChanged(Integer totalCount) {
    if (totalCount == null) {
      return false;
    }
    if (firstCount == null) {
      firstCount = totalCount;
    }
    boolean differs = lastCount != null && !lastCount.equals(totalCount);
    changed |= differs;
    lastCount = totalCount;
    return differs;
  }

  /**
   * The page's records without those read on an earlier page. A key repeated within one page is the
   * API's own answer and is kept.
   */
  List<T> dropRepeats(List<T> items) {
    List<Object> keys = new ArrayList<>(items.size());
    List<T> kept = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Object key = decoder.keyOf(item);
      if (key != null && earlierKeys.contains(key)) {
        if (kept == null) {
          kept = new ArrayList<>(items.subList(0, i));
        }
        dropped++;
        continue;
      }
      if (key != null) {
        keys.add(key);
      }
      if (kept != null) {
        kept.add(item);
      }
    }
    remember(keys);
    return kept == null ? items : kept;
  }

  private void remember(List<Object> keys) {
    if (keys.isEmpty()) {
      return;
    }
    earlierKeys.addAll(keys);
    earlierPages.addLast(keys);
    while (earlierPages.size() > 1 && earlierKeys.size() > KEYS_KEPT) {
      earlierPages.removeFirst().forEach(earlierKeys::remove);
    }
  }

  /** What the scan should be warned of, or null when the listing held still. */
  String warning(String described) {
    if (!changed && dropped == 0) {
      return null;
    }
    StringBuilder text =
        new StringBuilder(described).append(": the listing changed while it was read");
    if (changed) {
      text.append(" (TotalCount went from ")
          .append(firstCount)
          .append(" to ")
          .append(lastCount)
          .append(')');
    }
    return text.append("; ")
        .append(dropped)
        .append(dropped == 1 ? " record" : " records")
        .append(" already read on an earlier page ")
        .append(dropped == 1 ? "was" : "were")
        .append(" dropped")
        .toString();
  }
}
