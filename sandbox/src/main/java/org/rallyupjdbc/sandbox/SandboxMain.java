package org.rallyupjdbc.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/** Command-line entry point: {@code java -jar rallyup-sandbox.jar [options]}. */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println(OptionsParser.USAGE);
      return;
    }
    Sandbox sandbox;
    try {
      sandbox = launch(args, System.out, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(OptionsParser.USAGE);
      System.exit(2);
      return;
    } catch (IOException e) {
      System.err.println("error: cannot start the server: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    Thread.currentThread().join();
  }

  /** Parses the options, starts a sandbox and announces it; the first stdout line is the URL. */
  static Sandbox launch(String[] args, PrintStream out, PrintStream err) throws IOException {
    SandboxOptions options = SandboxOptions.parse(args);
    Sandbox sandbox = Sandbox.start(options);
    out.println("listening on " + sandbox.baseUrl());
    out.flush();
    err.printf(
        "generated the data in %d ms (seed %d, scale %d)%n",
        sandbox.generationMillis(), options.seed(), options.scale());
    return sandbox;
  }
}
