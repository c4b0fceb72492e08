package org.rallyupjdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.ConnectStringParser;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.Driver;
import org.rallyupjdbc.adapter.ConnectionSettings;
import org.rallyupjdbc.adapter.InvalidPropertyException;
import org.rallyupjdbc.adapter.RallyUpProperty;
import org.rallyupjdbc.jdbc.dialect.DialectPrepare;
import org.rallyupjdbc.jdbc.dialect.PostgresDialect;

/**
 * The {@code jdbc:rallyup:} driver: Calcite's driver with RallyUp's schemas added to every
 * connection. Properties come from the URL ({@code jdbc:rallyup:key=value;key=value}) merged with
 * the {@code Properties} argument; a key given in both takes the URL's value.
 */
public final class RallyUpDriver extends Driver {
  /** The URL prefix this driver accepts. */
  public static final String PREFIX = "jdbc:rallyup:";

  /** The version when the jar's properties cannot be read; the driver still registers. */
  static final String UNKNOWN_VERSION = "0.0-unknown";

  private static final String VERSION = readVersion();

  // Only registers: an initializer that threw would make DriverManager's provider loop skip this
  // driver (and every provider after it) without a word, for the rest of the JVM's life.
  static {
    new RallyUpDriver().register();
  }

  /** Creates the driver; public and argument-free for DBeaver, Spark and {@code ServiceLoader}. */
  public RallyUpDriver() {
    super();
  }

  @Override
  protected String getConnectStringPrefix() {
    return PREFIX;
  }

  /**
   * Names and versions for {@code DatabaseMetaData}: the driver's version is the build's, and so is
   * the "database" version, as the API reports its own only to a request.
   */
  @Override
  protected DriverVersion createDriverVersion() {
    String[] parts = VERSION.split("[.-]");
    int major = number(parts, 0);
    int minor = number(parts, 1);
    return new DriverVersion(
        "RallyUp JDBC Driver", VERSION, "RallyUp", VERSION, false, major, minor, major, minor);
  }

  /**
   * Calcite's preparation with the driver's SQL dialect (docs/sql.md) and its mark on the scan
   * feeding result rows.
   */
  @Override
  public CalcitePrepare createPrepare() {
    return new DialectPrepare(VERSION);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (url == null || !acceptsURL(url)) {
      return null;
    }
    Map<String, String> merged = merge(url, info);
    ConnectionSettings settings;
    try {
      settings = ConnectionSettings.parse(merged, "rallyup-jdbc/" + VERSION);
      DriverLogging.apply(merged);
    } catch (InvalidPropertyException e) {
      throw SqlErrors.invalidProperty(e);
    }
    Connection calcite;
    try {
      calcite = super.connect(redactedUrl(merged), calciteProperties());
    } catch (RuntimeException e) {
      throw new SQLNonTransientConnectionException("Calcite could not connect: " + e, "08001", e);
    }
    if (calcite == null) {
      // our URL with our prefix: Calcite refusing it would be a driver bug, never "not mine"
      throw new SQLNonTransientConnectionException(
          "Calcite refused the connection URL " + redactedUrl(merged), "08001");
    }
    return ConnectionSetup.open(calcite, settings);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Map<String, String> given = url != null && acceptsURL(url) ? merge(url, info) : Map.of();
    return Arrays.stream(RallyUpProperty.values())
        .map(property -> propertyInfo(property, given))
        .toArray(DriverPropertyInfo[]::new);
  }

  private static DriverPropertyInfo propertyInfo(
      RallyUpProperty property, Map<String, String> given) {
    String value =
        property.isSecret()
            ? null
            : given.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(property.key()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(property.defaultValue().orElse(null));
    DriverPropertyInfo info = new DriverPropertyInfo(property.key(), value);
    info.description = property.description();
    info.required = property == RallyUpProperty.PASSWORD;
    if (property.type() == RallyUpProperty.Type.BOOLEAN) {
      info.choices = new String[] {"true", "false"};
    }
    return info;
  }

  private static Map<String, String> merge(String url, Properties info) throws SQLException {
    Map<String, String> merged = new LinkedHashMap<>();
    if (info != null) {
      info.stringPropertyNames().forEach(key -> merged.put(key, info.getProperty(key)));
    }
    Properties fromUrl = ConnectStringParser.parse(url.substring(PREFIX.length()));
    for (String key : fromUrl.stringPropertyNames()) {
      merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
      merged.put(key, fromUrl.getProperty(key));
    }
    return merged;
  }

  /** The URL Calcite keeps and {@code getURL()} returns: the non-secret properties only. */
  private static String redactedUrl(Map<String, String> merged) {
    StringBuilder url = new StringBuilder(PREFIX);
    merged.forEach(
        (key, value) -> {
          boolean secret = RallyUpProperty.forKey(key).map(RallyUpProperty::isSecret).orElse(true);
          if (!secret) {
            url.append(key).append("='").append(value.replace("'", "''")).append("';");
          }
        });
    return url.toString();
  }

  /**
   * Calcite's own settings: double quotes, names kept as typed and matched without regard to case,
   * text results of mixed lengths as VARCHAR, metadata rows carrying the catalog's descriptions,
   * and the SQL dialect.
   */
  private static Properties calciteProperties() {
    Properties calcite = new Properties();
    calcite.setProperty("quoting", "DOUBLE_QUOTE");
    calcite.setProperty("unquotedCasing", "UNCHANGED");
    calcite.setProperty("quotedCasing", "UNCHANGED");
    calcite.setProperty("caseSensitive", "false");
    calcite.setProperty("typeSystem", RallyUpTypeSystem.class.getName() + "#INSTANCE");
    calcite.setProperty("metaTableFactory", RallyUpMetaTableFactory.class.getName() + "#INSTANCE");
    calcite.setProperty(
        "metaColumnFactory", RallyUpMetaColumnFactory.class.getName() + "#INSTANCE");
    PostgresDialect.configure(calcite);
    return calcite;
  }

  private static int number(String[] parts, int index) {
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The build's version, or {@link #UNKNOWN_VERSION}: nothing here may fail class loading. */
  private static String readVersion() {
    try (InputStream in = RallyUpDriver.class.getResourceAsStream("rallyup-jdbc.properties")) {
      if (in == null) {
        return UNKNOWN_VERSION;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN_VERSION);
    } catch (IOException | RuntimeException e) {
      return UNKNOWN_VERSION;
    }
  }
}
