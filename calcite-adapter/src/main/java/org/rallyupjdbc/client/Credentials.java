package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How the driver authenticates: an API login with its secret (the driver obtains and renews bearer
 * tokens itself), or a ready bearer token when {@code login} is absent.
 */
public record Credentials(Api api, Optional<String> login, Secret secret) {
  /** Creates credentials; a blank login means {@code secret} is a ready token. */
  public Credentials {
    requireNonNull(api, "api");
    requireNonNull(login, "login");
    requireNonNull(secret, "secret");
    login = login.filter(l -> !l.isBlank());
  }

  /** Whether the driver can log in again by itself (and so refresh an expired token). */
  public boolean canLogIn() {
    return login.isPresent();
  }

  @Override
  public String toString() {
    return "Credentials[api=" + api + ", login=" + login.orElse("(token)") + ", secret=****]";
  }
}
