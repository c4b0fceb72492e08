package org.rallyupjdbc.bench.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of processes: this JVM's from its management bean, another process's from Linux's {@code
 * /proc/<pid>/stat} (user plus system time, in clock ticks of 10 ms), so that a contender can
 * measure what the server on the same cores spent during its run.
 */
final class ProcessCpu {
  /** Linux's {@code USER_HZ}: the unit of {@code /proc/<pid>/stat}'s times. */
  private static final double MILLIS_PER_TICK = 10;

  private ProcessCpu() {}

  /** CPU milliseconds this JVM has used, all threads, or NaN when the JVM does not say. */
  static double self() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e6;
    }
    return Double.NaN;
  }

  /** CPU milliseconds process {@code pid} has used, or NaN where {@code /proc} cannot tell. */
  static double of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name (field 2) is in parentheses and may hold spaces; fields 14 and 15 follow
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
