package org.rallyupjdbc.adapter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The channel from a JDBC statement to its scans. The one thing Calcite's execution context holds
 * that identifies the executing statement is its cancel flag (the same object Avatica keeps per
 * statement handle), so the driver files each statement's {@link StatementState} under that flag
 * and a scan looks it up once when it starts. The flag's identity is the key: {@link AtomicBoolean}
 * does not override {@code equals}.
 */
public final class StatementRegistry {
  private final Map<AtomicBoolean, StatementState> states = new ConcurrentHashMap<>();

  /** Makes {@code state} the state of the statement whose cancel flag is {@code cancelFlag}. */
  public void bind(AtomicBoolean cancelFlag, StatementState state) {
    states.put(cancelFlag, state);
  }

  /** Forgets the statement of {@code cancelFlag}, if it still has {@code state}. */
  public void unbind(AtomicBoolean cancelFlag, StatementState state) {
    states.remove(cancelFlag, state);
  }

  /** Statements bound now, for tests that check nothing is left behind. */
  public int size() {
    return states.size();
  }

  /** The state filed under the flag, or {@link StatementState#INTERNAL} for the driver's own. */
  StatementState lookup(AtomicBoolean cancelFlag) {
    StatementState state = cancelFlag == null ? null : states.get(cancelFlag);
    return state == null ? StatementState.INTERNAL : state;
  }
}
