package org.rallyupjdbc.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine and the versions a result was measured with, for the report's header. */
public final class MachineInfo {
  private static final List<String> LIBRARIES =
      List.of(
          "rallyup-jdbc",
          "calcite-core",
          "avatica-core",
          "okhttp-jvm",
          "jackson-databind",
          "h2",
          "jmh-core");
  private static final Pattern JAR = Pattern.compile("(.+?)-(\\d[^/]*)\\.jar");

  private MachineInfo() {}

  /** Cores, CPU model, memory, OS and JVM. */
  public static Map<String, String> machine() {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    machine.put("cpu", cpuModel());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    machine.put("memory", "%.1f GiB".formatted(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put(
        "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    return machine;
  }

  /** The 1-minute load average now (other processes share the machine). */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Versions of the libraries on the class path, read from the jar names. */
  static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Matcher jar = JAR.matcher(Path.of(entry).getFileName().toString());
      if (jar.matches() && LIBRARIES.contains(jar.group(1))) {
        versions.put(jar.group(1), jar.group(2));
      }
    }
    return versions;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
