package org.rallyupjdbc.client;

/** The two RallyUp APIs; each has its own login endpoint and its own tokens. */
public enum Api {
  /** Organization API ({@code /v1/api}, {@code /v2/api}, {@code /v3/api}). */
  ORGANIZATION("/v1/token"),
  /** Partner API ({@code /v1/partnerapi}). */
  PARTNER("/v1/partnertoken");

  private final String tokenPath;

  Api(String tokenPath) {
    this.tokenPath = tokenPath;
  }

  /** The path that exchanges a login and secret for a bearer token. */
  public String tokenPath() {
    return tokenPath;
  }
}
