package org.rallyupjdbc.jdbc.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** This process's open sockets, as Linux lists them under {@code /proc}. */
final class OpenSockets {
  private OpenSockets() {}

  /** The {@code socket:[inode]} targets of {@code /proc/self/fd}. */
  static Set<String> all() throws IOException {
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
      for (Path descriptor : descriptors.toList()) {
        try {
          String target = Files.readSymbolicLink(descriptor).toString();
          if (target.startsWith("socket:")) {
            sockets.add(target);
          }
        } catch (NoSuchFileException closedMeanwhile) {
          // closed between listing the directory and reading the link
        }
      }
    }
    return sockets;
  }

  /** The sockets open now that were not in {@code before}. */
  static Set<String> openedSince(Set<String> before) throws IOException {
    Set<String> now = all();
    now.removeAll(before);
    return now;
  }

  /**
   * This process's TCP sockets whose remote end is {@code port} on this machine: the client ends of
   * connections to a server listening there.
   */
  static Set<String> connectedTo(int port) throws IOException {
    String remote = String.format(":%04X", port);
    Set<String> sockets = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table))) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        String[] fields = line.strip().split("\\s+");
        if (fields.length > 9 && fields[2].endsWith(remote)) {
          sockets.add("socket:[" + fields[9] + "]");
        }
      }
    }
    sockets.retainAll(all());
    return sockets;
  }
}
