package org.rallyupjdbc.sandbox.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code POST /v1/token} and {@code POST /v1/partnertoken}: the OWIN password grant, answered with
 * a bare (un-enveloped) token object.
 */
final class TokenRoutes {
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private TokenRoutes() {}

  static void register(Router router, TokenStore tokens, long ttlSeconds) {
    router.add(
        "POST",
        "/v1/token",
        Access.PUBLIC,
        request -> grant(request, tokens, ttlSeconds, Access.ORGANIZATION));
    router.add(
        "POST",
        "/v1/partnertoken",
        Access.PUBLIC,
        request -> grant(request, tokens, ttlSeconds, Access.PARTNER));
  }

  private static Reply grant(Request request, TokenStore tokens, long ttlSeconds, Access access) {
    if (!"password".equals(request.form().get("grant_type"))) {
      return Reply.json(
          400,
          g -> {
            g.writeStartObject();
            g.writeStringField("error", "unsupported_grant_type");
            g.writeEndObject();
          });
    }
    String username = request.form().get("username");
    boolean partner = access == Access.PARTNER;
    String login = partner ? Credentials.PARTNER_LOGIN : Credentials.ORG_LOGIN;
    String secret = partner ? Credentials.PARTNER_SECRET : Credentials.ORG_SECRET;
    if (!login.equals(username) || !secret.equals(request.form().get("password"))) {
      return Reply.json(
          400,
          g -> {
            g.writeStartObject();
            g.writeStringField("error", "invalid_grant");
            g.writeStringField("error_description", "The user name or password is incorrect.");
            g.writeEndObject();
          });
    }
    Token token = tokens.issue(access, username);
    return Reply.json(
        g -> {
          g.writeStartObject();
          g.writeStringField("access_token", token.value());
          g.writeStringField("token_type", "bearer");
          g.writeNumberField("expires_in", ttlSeconds);
          g.writeStringField("UserName", token.userName());
          g.writeStringField(".issued", RFC_1123.format(Instant.ofEpochMilli(token.issuedAt())));
          g.writeStringField(".expires", RFC_1123.format(Instant.ofEpochMilli(token.expiresAt())));
          g.writeEndObject();
        });
  }
}
