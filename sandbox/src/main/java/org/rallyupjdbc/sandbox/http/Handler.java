package org.rallyupjdbc.sandbox.http;

/** Serves one route; may throw {@link ApiError}. */
@FunctionalInterface
interface Handler {
  Reply handle(Request request);
}
