package org.rallyupjdbc.sandbox.http;

/**
 * An issued bearer token.
 *
 * @param access ORGANIZATION or PARTNER
 * @param expiresAt epoch milliseconds; {@link Long#MAX_VALUE} for the static token
 */
record Token(String value, Access access, String userName, long issuedAt, long expiresAt) {}
