package org.rallyupjdbc.sandbox.http;

/** Who may call a route: anyone, the sandbox's own controls, or a bearer of the right token. */
public enum Access {
  PUBLIC,
  CONTROL,
  ORGANIZATION,
  PARTNER
}
