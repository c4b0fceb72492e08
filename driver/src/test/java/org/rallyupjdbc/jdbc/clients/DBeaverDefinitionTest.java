package org.rallyupjdbc.jdbc.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rallyupjdbc.adapter.RallyUpProperty;
import org.rallyupjdbc.jdbc.RallyUpDriver;
import org.rallyupjdbc.testing.FakeRallyUp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/dbeaver/drivers.xml, the driver definition DBeaver loads: its class name is the driver's and
 * loads as DBeaver loads it, its URL template is one the driver accepts and docs/dbeaver.md shows,
 * its properties are exactly the registry's properties that have a default, with those defaults,
 * and a connection made as DBeaver makes it from the definition (class by name, the properties plus
 * login and secret) runs a query. The release bundle carries the file and the jar under the name
 * its library path expects.
 */
class DBeaverDefinitionTest {
  private static final Path ROOT = Path.of("..");
  private static final Path DEFINITION = ROOT.resolve("docs/dbeaver/drivers.xml");

  @Test
  void classNameAndUrlTemplateAreTheDriversAndTheDocsShowThem() throws Exception {
    Element driver = driver();
    assertThat(driver.getAttribute("class")).isEqualTo(RallyUpDriver.class.getName());
    assertThat(new RallyUpDriver().acceptsURL(driver.getAttribute("url"))).isTrue();
    assertThat(((Element) driver.getParentNode()).getAttribute("id"))
        .as("DBeaver's Generic provider")
        .isEqualTo("generic");
    assertThat(driver.getAttribute("custom")).isEqualTo("true");
    String page = Files.readString(ROOT.resolve("docs/dbeaver.md"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("| Class Name | `" + driver.getAttribute("class") + "` |")
        .contains("| URL Template | `" + driver.getAttribute("url") + "` |");
  }

  @Test
  void propertiesAreTheRegistrysDefaults() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    for (RallyUpProperty property : RallyUpProperty.values()) {
      property.defaultValue().ifPresent(value -> expected.put(property.key(), value));
    }
    assertThat(properties(driver())).containsExactlyEntriesOf(expected);
    assertThat(expected.keySet())
        .as("no secret is a driver-wide default")
        .noneMatch(key -> RallyUpProperty.forKey(key).orElseThrow().isSecret());
  }

  @Test
  void aConnectionMadeFromTheDefinitionAnswers() throws Exception {
    Element definition = driver();
    Driver driver =
        (Driver) Class.forName(definition.getAttribute("class")).getConstructor().newInstance();
    Properties props = new Properties();
    props.putAll(properties(definition));
    props.setProperty("user", FakeRallyUp.LOGIN);
    props.setProperty("password", FakeRallyUp.SECRET);
    try (FakeRallyUp fake = ClientFixtures.fake();
        Connection connection =
            driver.connect(definition.getAttribute("url") + "baseUrl=" + fake.baseUrl(), props);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from campaigns")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(1)).isPositive();
    }
  }

  @Test
  void theReleaseBundleCarriesTheFileAndTheJarItNames() throws Exception {
    Element library = (Element) driver().getElementsByTagName("library").item(0);
    String jar = Path.of(library.getAttribute("path")).getFileName().toString();
    String bundle =
        Files.readString(ROOT.resolve("driver/src/assembly/bundle.xml"), StandardCharsets.UTF_8);
    assertThat(bundle)
        .contains("<include>docs/dbeaver/drivers.xml</include>")
        .contains("<destName>" + jar + "</destName>");
  }

  private static Map<String, String> properties(Element driver) {
    NodeList nodes = driver.getElementsByTagName("property");
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element property = (Element) nodes.item(i);
      properties.put(property.getAttribute("name"), property.getAttribute("value"));
    }
    return properties;
  }

  private static Element driver() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(DEFINITION.toFile());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("drivers");
    NodeList drivers = document.getElementsByTagName("driver");
    assertThat(drivers.getLength()).isEqualTo(1);
    Element driver = (Element) drivers.item(0);
    assertThat(driver.getElementsByTagName("library").getLength()).isEqualTo(1);
    return driver;
  }
}
