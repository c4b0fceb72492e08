package org.rallyupjdbc.bench.soak;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.SandboxOptions;

/**
 * The soak run's sandbox, restartable on the same port. Under drift the sandbox keeps every
 * donation that arrives (five per listdonations request), so over a long run its heap and the
 * length of every scan would grow without end, hiding the driver's own figures. Restarting it from
 * its seed brings back the records of the start, which H2 holds; to the driver it looks like
 * RallyUp going away for a moment and forgetting its tokens, which it must survive too.
 */
final class SandboxHost implements AutoCloseable {
  private final SandboxOptions options;
  private Sandbox sandbox;

  private SandboxHost(SandboxOptions options, Sandbox sandbox) {
    this.options = options.withPort(sandbox.port());
    this.sandbox = sandbox;
  }

  static SandboxHost start(SandboxOptions options) throws IOException {
    return new SandboxHost(options, Sandbox.start(options));
  }

  URI baseUrl() {
    return sandbox.baseUrl();
  }

  /** Stops the sandbox and starts a fresh one from the same seed on the same port. */
  synchronized void restart() throws IOException, InterruptedException {
    sandbox.close();
    for (int attempt = 1; ; attempt++) {
      try {
        sandbox = Sandbox.start(options);
        return;
      } catch (BindException e) {
        if (attempt == 50) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Override
  public synchronized void close() {
    sandbox.close();
  }
}
