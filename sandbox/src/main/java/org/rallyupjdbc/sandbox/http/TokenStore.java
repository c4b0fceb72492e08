package org.rallyupjdbc.sandbox.http;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks bearer tokens. Token strings come from a seeded generator, so a replayed
 * session gets the same tokens; expiry uses the real clock.
 */
final class TokenStore {
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final SplittableRandom random;
  private final long ttlMillis;

  TokenStore(long seed, long ttlSeconds, String staticToken) {
    this.random = new SplittableRandom(seed ^ 0x70CE11L);
    this.ttlMillis = ttlSeconds * 1000;
    if (staticToken != null) {
      tokens.put(
          staticToken,
          new Token(staticToken, Access.ORGANIZATION, Credentials.ORG_LOGIN, 0, Long.MAX_VALUE));
    }
  }

  Token issue(Access access, String userName) {
    byte[] bytes = new byte[96];
    synchronized (random) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) random.nextInt(256);
      }
    }
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long now = System.currentTimeMillis();
    Token token = new Token(value, access, userName, now, now + ttlMillis);
    tokens.put(value, token);
    return token;
  }

  /** The token if it was issued here and has not expired. */
  Optional<Token> find(String value) {
    Token token = tokens.get(value);
    if (token == null || System.currentTimeMillis() >= token.expiresAt()) {
      return Optional.empty();
    }
    return Optional.of(token);
  }
}
