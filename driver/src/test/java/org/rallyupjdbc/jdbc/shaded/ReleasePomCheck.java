package org.rallyupjdbc.jdbc.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pom a release installs with the shaded jar declares no library the jar contains: no compile
 * or runtime dependency at all. Runs in the release profile only (its failsafe execution names this
 * class), where shade writes that pom.
 */
class ReleasePomCheck {
  @Test
  void reducedPomDeclaresNoCompileOrRuntimeDependency() throws Exception {
    Path pom = Path.of(System.getProperty("rallyup.reduced.pom"));
    NodeList dependencies =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getElementsByTagName("dependency");
    assertThat(dependencies.getLength())
        .as("dependencies (test and provided) in %s", pom)
        .isPositive();
    List<String> shipped = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (!(dependency.getParentNode().getParentNode() instanceof Element parent)
          || !parent.getTagName().equals("project")) {
        continue; // an exclusion's or dependencyManagement's entry
      }
      String scope = text(dependency, "scope");
      if (!scope.equals("test") && !scope.equals("provided")) {
        shipped.add(text(dependency, "artifactId") + " (" + scope + ")");
      }
    }
    assertThat(shipped).as("dependencies a user of the shaded jar would inherit").isEmpty();
  }

  private static String text(Element element, String child) {
    NodeList nodes = element.getElementsByTagName(child);
    return nodes.getLength() == 0 ? "compile" : nodes.item(0).getTextContent().strip();
  }
}
