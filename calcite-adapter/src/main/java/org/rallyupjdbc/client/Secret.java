package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

/** A credential value (API secret or bearer token) that never prints itself. */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = requireNonNull(value, "value");
  }

  /** Wraps a secret value. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** Returns the secret itself; call only where it goes on the wire. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "****";
  }
}
