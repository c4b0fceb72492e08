package org.rallyupjdbc.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the scans of one statement noticed but did not fail for (a listing that changed while it was
 * read), for the statement's {@code SQLWarning} chain. Safe to use from several threads.
 */
public final class ScanWarnings {
  private final List<String> messages = new CopyOnWriteArrayList<>();

  /** Adds a warning. */
  public void add(String message) {
    messages.add(message);
  }

  /** The warnings so far, oldest first. */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  /** Forgets the warnings, as {@code clearWarnings} and a new execution do. */
  public void clear() {
    messages.clear();
  }
}
