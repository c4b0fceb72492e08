package org.rallyupjdbc.sandbox.http;

/** The API logins the sandbox accepts. They are test values, not secrets. */
public final class Credentials {
  /** Organization API login (username of POST /v1/token). */
  public static final String ORG_LOGIN = "demo";

  /** Organization API secret (password of POST /v1/token). */
  public static final String ORG_SECRET = "demo-secret";

  /** Partner API login (username of POST /v1/partnertoken). */
  public static final String PARTNER_LOGIN = "partner";

  /** Partner API secret (password of POST /v1/partnertoken). */
  public static final String PARTNER_SECRET = "partner-secret";

  private Credentials() {}
}
