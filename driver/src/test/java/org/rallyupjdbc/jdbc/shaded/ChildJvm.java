package org.rallyupjdbc.jdbc.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A plain {@code java -cp rallyup-jdbc.jar:probe} process, as a host application would start it:
 * the shaded jar and a few probe classes copied out of the test classes, nothing else. Standard
 * output and standard error are kept apart, so tests can require the latter to be empty.
 */
public final class ChildJvm {
  /** The shaded jar under test (failsafe passes its path). */
  public static final Path JAR = Path.of(System.getProperty("rallyup.driver.jar"));

  private static final Path TEST_CLASSES = Path.of(System.getProperty("rallyup.test.classes"));

  private ChildJvm() {}

  /** What the process printed, once it has ended. */
  public record Output(int exitCode, List<String> stdout, String stderr) {
    /** The standard output lines, asserting that the process succeeded and printed no error. */
    public List<String> cleanLines() {
      assertThat(exitCode).as("exit code; stderr: %s", stderr).isZero();
      assertThat(stderr).as("standard error of a successful run").isEmpty();
      return stdout;
    }
  }

  /** A started process whose output is read while it runs (a full pipe would block it). */
  public record Running(
      Process process, CompletableFuture<String> stdout, CompletableFuture<String> stderr) {
    /** Waits for the end of the process. */
    public Output await() throws Exception {
      assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
      return new Output(process.exitValue(), stdout.get().lines().toList(), stderr.get());
    }
  }

  /**
   * Starts {@code mainClass} with the jar and the named test classes (binary names, nested classes
   * included by their {@code $} names) on the class path.
   */
  public static Running start(List<String> probeClasses, String mainClass, String... args)
      throws IOException {
    return start(List.of(), probeClasses, mainClass, args);
  }

  /** As {@link #start(List, String, String...)}, with options for the JVM (system properties). */
  public static Running start(
      List<String> jvmOptions, List<String> probeClasses, String mainClass, String... args)
      throws IOException {
    Path probe = TEST_CLASSES.resolveSibling("jar-probe");
    for (String name : probeClasses) {
      String file = name.replace('.', '/') + ".class";
      Files.createDirectories(probe.resolve(file).getParent());
      // from the test class path, not only this module's classes: the oracle's are in a test jar
      try (InputStream in = ChildJvm.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IOException(file + " is not on the test class path");
        }
        Files.copy(in, probe.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(JAR + File.pathSeparator + probe);
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    return new Running(
        process,
        CompletableFuture.supplyAsync(() -> read(process.getInputStream())),
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
