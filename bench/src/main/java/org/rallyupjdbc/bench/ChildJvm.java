package org.rallyupjdbc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rallyupjdbc.bench.run.ChildResult;
import org.rallyupjdbc.bench.run.ChildTask;
import org.rallyupjdbc.bench.run.ContenderMain;

/**
 * Runs a {@link ChildTask} in a fresh JVM with this JVM's class path, so that each contender's
 * heap, JIT and threads are its own and the sandbox (in this JVM) is not measured with it.
 */
final class ChildJvm {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChildJvm() {}

  /** The java launcher of this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static ChildResult run(ChildTask task, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ContenderMain.class.getName());
    command.add(JSON.writeValueAsString(task));
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ContenderMain.RESULT)) {
          result = line.substring(ContenderMain.RESULT.length());
        }
      }
    }
    int status = child.waitFor();
    if (status != 0 || result == null) {
      throw new IOException(
          task.contender()
              + " on "
              + task.scenario().id()
              + " failed (exit status "
              + status
              + ")");
    }
    return JSON.readValue(result, ChildResult.class);
  }
}
