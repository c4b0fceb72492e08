package org.rallyupjdbc.jdbc.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the shaded jar holds: nothing outside an allow-list of top-level entries (each with the
 * reason it must be there), every third-party class relocated under {@code
 * org/rallyupjdbc/shaded/}, and THIRD-PARTY.md naming exactly the bundled libraries, at the
 * versions the build resolved.
 */
class ShadedJarContentsIT {
  /** Top-level entries of the jar, and why each may be there. */
  private static final Map<String, String> ALLOWED_TOP_LEVEL =
      Map.of(
          "META-INF/",
          "the manifest, LICENSE, NOTICE and service files (java.sql.Driver names only our driver;"
              + " the others are relocated: Janino finds its compiler through one)",
          "org/rallyupjdbc/",
          "the driver, adapter, catalog and client, and under shaded/ every bundled library",
          "saffron.properties",
          "Calcite's defaults (UTF-8 character set and collation), which it reads from the class"
              + " path root by that name; without it Calcite falls back to ISO-8859-1 literals");

  /** Packages of our own, outside {@code shaded/}. */
  private static final Path THIRD_PARTY =
      Path.of(System.getProperty("rallyup.repository.root"), "THIRD-PARTY.md");

  private static final Pattern ROW =
      Pattern.compile("^\\| ([\\w.-]+:[\\w.-]+) \\| ([^ |]+) \\| [^|]+ \\| ([\\w., ]+) \\|$");

  @Test
  void topLevelEntriesAreAllowListed() throws IOException {
    Set<String> topLevel = new TreeSet<>();
    for (String name : entryNames()) {
      int slash = name.indexOf('/');
      String first = slash < 0 ? name : name.substring(0, slash + 1);
      topLevel.add(first.equals("org/") ? secondLevel(name) : first);
    }
    topLevel.remove("org/");
    assertThat(topLevel).isSubsetOf(ALLOWED_TOP_LEVEL.keySet());
  }

  @Test
  void ourOwnPackagesAreTheOnlyUnrelocatedClasses() throws IOException {
    Set<String> own = new TreeSet<>();
    for (String name : entryNames()) {
      String[] parts = name.split("/");
      if (name.startsWith("org/rallyupjdbc/") && parts.length > 2 && !parts[2].equals("shaded")) {
        own.add(parts[2]);
      }
    }
    assertThat(own).isEqualTo(ownPackages());
  }

  /** The packages under org.rallyupjdbc of the modules the jar is built from, read from source. */
  private static Set<String> ownPackages() throws IOException {
    Set<String> packages = new TreeSet<>();
    Path root = Path.of(System.getProperty("rallyup.repository.root"));
    for (String module : List.of("calcite-adapter", "driver")) {
      try (Stream<Path> dirs =
          Files.list(root.resolve(module).resolve("src/main/java/org/rallyupjdbc"))) {
        dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
      }
    }
    return packages;
  }

  @Test
  void serviceFilesNameOurDriverOrRelocatedInterfaces() throws IOException {
    List<String> services =
        entryNames().stream()
            .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/"))
            .map(n -> n.substring("META-INF/services/".length()))
            .toList();
    assertThat(services)
        .contains("java.sql.Driver")
        .allMatch(s -> s.equals("java.sql.Driver") || s.startsWith("org.rallyupjdbc.shaded."));
  }

  /**
   * Every relocated class belongs to a library THIRD-PARTY.md lists (the row with the longest
   * matching package), every listed package is in the jar, and every listed version is the one the
   * build resolved.
   */
  @Test
  void thirdPartyListMatchesTheJarAndTheBuild() throws IOException {
    Map<String, String> versions = thirdPartyRows(1);
    Map<String, String> packages = thirdPartyRows(2);
    assertThat(versions).isNotEmpty();
    Set<String> resolved = resolvedDependencies();
    versions.forEach(
        (library, version) ->
            assertThat(resolved)
                .as("resolved runtime libraries")
                .contains(library + ":" + version));

    Set<String> listed = new TreeSet<>();
    packages.values().forEach(p -> listed.addAll(List.of(p.split(",\\s*"))));
    Set<String> present = new TreeSet<>();
    Set<String> unlisted = new TreeSet<>();
    for (String name : entryNames()) {
      if (name.startsWith("org/rallyupjdbc/shaded/") && name.endsWith(".class")) {
        String className = name.substring("org/rallyupjdbc/shaded/".length()).replace('/', '.');
        listed.stream()
            .filter(p -> className.startsWith(p + "."))
            .max((a, b) -> Integer.compare(a.length(), b.length()))
            .ifPresentOrElse(present::add, () -> unlisted.add(className));
      }
    }
    assertThat(unlisted).as("relocated classes of no library in THIRD-PARTY.md").isEmpty();
    assertThat(present).as("THIRD-PARTY.md packages found in the jar").isEqualTo(listed);
  }

  private static String secondLevel(String name) {
    String[] parts = name.split("/");
    return parts.length > 1 ? "org/" + parts[1] + "/" : "org/";
  }

  private static List<String> entryNames() throws IOException {
    try (JarFile jar = new JarFile(ChildJvm.JAR.toFile())) {
      return Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
    }
  }

  /** library -> the row's group {@code group} (1 version, 2 packages) of THIRD-PARTY.md's table. */
  private static Map<String, String> thirdPartyRows(int group) throws IOException {
    return Files.readString(THIRD_PARTY, StandardCharsets.UTF_8)
        .lines()
        .map(ROW::matcher)
        .filter(Matcher::matches)
        .collect(Collectors.toMap(m -> m.group(1), m -> m.group(group + 1).strip()));
  }

  /** {@code group:artifact:version} of each library the build resolved for the runtime. */
  private static Set<String> resolvedDependencies() throws IOException {
    Pattern line = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(compile|runtime).*");
    return Files.readAllLines(Path.of(System.getProperty("rallyup.runtime.dependencies"))).stream()
        .map(line::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
