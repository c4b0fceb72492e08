package org.rallyupjdbc.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.rallyupjdbc.sandbox.data.DataGenerator;
import org.rallyupjdbc.sandbox.data.Dataset;
import org.rallyupjdbc.sandbox.http.SandboxHandler;

/** A running RallyUp API simulator on 127.0.0.1, serving data generated from its options. */
public final class Sandbox implements AutoCloseable {
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService executor;
  private final long generationMillis;

  private Sandbox(HttpServer server, ExecutorService executor, long generationMillis) {
    this.server = server;
    this.executor = executor;
    this.generationMillis = generationMillis;
  }

  /**
   * Binds the port, generates the data and starts serving. Sets {@code
   * sun.net.httpserver.nodelay=true} first: the JDK server reads it once, when its classes
   * initialise, and without TCP_NODELAY every response waits ~40 ms for the client's delayed ACK. A
   * server created earlier in the same JVM without the property keeps Nagle's algorithm on.
   */
  public static Sandbox start(SandboxOptions options) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    InetSocketAddress address =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
    HttpServer server = HttpServer.create(address, 128);
    long started = System.nanoTime();
    Dataset data;
    try {
      data = DataGenerator.generate(options.seed(), options.scale());
    } catch (RuntimeException | Error e) {
      server.stop(0);
      throw e;
    }
    long generationMillis = (System.nanoTime() - started) / 1_000_000;
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    server.createContext("/", new SandboxHandler(options, data));
    server.setExecutor(executor);
    server.start();
    return new Sandbox(server, executor, generationMillis);
  }

  /** The server's root, e.g. {@code http://127.0.0.1:43121} (no trailing slash). */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How long generating the data took, in milliseconds. */
  long generationMillis() {
    return generationMillis;
  }

  /** Stops the server and its worker threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names the worker threads and keeps them from holding the JVM open. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "rallyup-sandbox-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
