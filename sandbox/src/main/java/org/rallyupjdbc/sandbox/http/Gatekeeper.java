package org.rallyupjdbc.sandbox.http;

import java.util.Map;

/** Checks bearer tokens: 401 when missing, unknown or expired, 403 when for the other API. */
final class Gatekeeper {
  static final String DENIED = "Authorization has been denied for this request.";

  private final TokenStore tokens;

  Gatekeeper(TokenStore tokens) {
    this.tokens = tokens;
  }

  Token admit(String authorization, Access needed) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized();
    }
    Token token =
        tokens.find(authorization.substring(7).trim()).orElseThrow(Gatekeeper::unauthorized);
    if (token.access() != needed) {
      String api = needed == Access.PARTNER ? "Partner API" : "Organization API";
      throw new ApiError(403, "This token does not grant access to the " + api + ".");
    }
    return token;
  }

  private static ApiError unauthorized() {
    return new ApiError(401, DENIED, Map.of("WWW-Authenticate", "Bearer"));
  }
}
