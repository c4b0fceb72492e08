package org.rallyupjdbc.bench;

/** What answers the contenders' requests. */
public enum Server {
  /** The sandbox renders every page as it is asked for, on the same cores as the contender. */
  SANDBOX("sandbox"),
  /** {@link ReplayServer}: pages recorded from the sandbox once, then served from memory. */
  REPLAY("replay");

  private final String id;

  Server(String id) {
    this.id = id;
  }

  /** The name used on the command line and in the results. */
  public String id() {
    return id;
  }

  /** The server with the given command-line name. */
  public static Server byId(String id) {
    for (Server server : values()) {
      if (server.id.equals(id)) {
        return server;
      }
    }
    throw new IllegalArgumentException("unknown server: " + id + " (sandbox or replay)");
  }
}
