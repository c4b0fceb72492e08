package org.rallyupjdbc.bench.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resources at one moment, with the workers' counters then.
 *
 * @param elapsedMillis since the workers started
 * @param heapAfterGcBytes heap in use right after {@code System.gc()}
 * @param threads live threads
 * @param fileHandles open file descriptors (-1 where the JVM cannot tell)
 * @param sockets open sockets: descriptors of {@code /proc/self/fd} linked to {@code socket:} (-1
 *     without /proc)
 * @param counts the workers' counters
 */
record ResourceSample(
    long elapsedMillis,
    long heapAfterGcBytes,
    int threads,
    long fileHandles,
    long sockets,
    Tally.Counts counts) {

  private static final Path FDS = Path.of("/proc/self/fd");

  /** Collects the garbage, then reads the resources. */
  static ResourceSample take(long elapsedMillis, Tally.Counts counts) {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    long files =
        os instanceof com.sun.management.UnixOperatingSystemMXBean unix
            ? unix.getOpenFileDescriptorCount()
            : -1;
    return new ResourceSample(elapsedMillis, heap, threads, files, openSockets(), counts);
  }

  /** Descriptors of this process that are sockets, or -1 without /proc. */
  static long openSockets() {
    if (!Files.isDirectory(FDS)) {
      return -1;
    }
    long sockets = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
      for (Path fd : fds) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
            sockets++;
          }
        } catch (IOException e) {
          // closed between listing and reading: not open any more
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return sockets;
  }
}
