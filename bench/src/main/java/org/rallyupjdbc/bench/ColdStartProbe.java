package org.rallyupjdbc.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.bench.run.ApiSession;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.sandbox.Sandbox;
import org.rallyupjdbc.sandbox.http.Credentials;

/**
 * Cold start: wall time from launching a fresh JVM (the shaded driver jar and {@link
 * ColdStartMain}'s class file, nothing else) to its first row, against a sandbox in this JVM. One
 * unmeasured launch first warms the OS's file cache. Heap is not measured here: the program must
 * stay as small as a user's.
 */
final class ColdStartProbe {
  private ColdStartProbe() {}

  static ChildResult measure(Sandbox sandbox, Path driverJar, Path mainFolder, int runs)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(driverJar)) {
      throw new IOException("no shaded driver jar at " + driverJar + " (build the driver first)");
    }
    String classPath = driverJar + File.pathSeparator + mainClassAlone(mainFolder);
    List<Double> millis = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    try (ApiSession stats = ApiSession.logIn(sandbox.baseUrl())) {
      launch(classPath, sandbox);
      for (int run = 0; run < runs; run++) {
        stats.resetRequestCount();
        millis.add(launch(classPath, sandbox));
        requests.add(stats.requestCount());
      }
    }
    return new ChildResult(millis, requests, 1, 0, -1);
  }

  /**
   * Copies {@link ColdStartMain}'s class file, alone, into {@code folder}, so that the cold JVM
   * cannot load any other class of this module or its libraries.
   */
  private static Path mainClassAlone(Path folder) throws IOException {
    String resource = ColdStartMain.class.getName().replace('.', '/') + ".class";
    Path classFile = folder.resolve(resource);
    Files.createDirectories(classFile.getParent());
    try (InputStream bytes = ColdStartMain.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(bytes, classFile, StandardCopyOption.REPLACE_EXISTING);
    }
    return folder;
  }

  /** Milliseconds from starting the process to its first-row line. */
  private static double launch(String classPath, Sandbox sandbox)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(
                ChildJvm.java(),
                "-cp",
                classPath,
                ColdStartMain.class.getName(),
                "jdbc:rallyup:baseUrl=" + sandbox.baseUrl(),
                Credentials.ORG_LOGIN,
                Credentials.ORG_SECRET)
            .redirectErrorStream(true)
            .start();
    double firstRow = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals(ColdStartMain.FIRST_ROW)) {
          firstRow = (System.nanoTime() - started) / 1e6;
        }
        output.append(line).append('\n');
      }
    }
    // shown only on failure: the shaded driver's SLF4J prints a no-binding notice on every start
    if (process.waitFor() != 0 || firstRow < 0) {
      throw new IOException("the cold-start program failed:\n" + output);
    }
    return firstRow;
  }
}
