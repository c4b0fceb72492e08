package org.rallyupjdbc.jdbc;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.rallyupjdbc.adapter.InvalidPropertyException;
import org.rallyupjdbc.adapter.RallyUpProperty;

/**
 * The {@code logLevel} and {@code logFile} connection properties, as pgjdbc's {@code loggerLevel}
 * and {@code loggerFile}: a DBeaver or report-server user turns on a request trace without JVM
 * flags. They set the level and handler of the {@code org.rallyupjdbc} java.util.logging logger,
 * where the driver's {@code System.Logger} output goes by default and, in the shaded jar, Calcite's
 * relocated loggers too. Logging is JVM-wide, so the last connection that sets them wins.
 */
final class DriverLogging {
  /** Held strongly: java.util.logging forgets the configuration of a collected logger. */
  private static final Logger ROOT = Logger.getLogger("org.rallyupjdbc");

  private static Handler handler;
  private static String handlerTarget;

  private DriverLogging() {}

  /** Applies the properties, if {@code logLevel} is given; otherwise leaves logging alone. */
  static synchronized void apply(Map<String, String> properties) {
    Optional<String> level = value(properties, RallyUpProperty.LOG_LEVEL);
    if (level.isEmpty()) {
      return;
    }
    Level julLevel = level(level.get());
    String target = value(properties, RallyUpProperty.LOG_FILE).orElse("");
    if (!target.equals(handlerTarget)) {
      Handler next = open(target);
      if (handler != null) {
        ROOT.removeHandler(handler);
        handler.close();
      }
      handler = next;
      handlerTarget = target;
      ROOT.addHandler(handler);
      // the driver's lines go to its own handler once, not again to the root's console
      ROOT.setUseParentHandlers(false);
    }
    ROOT.setLevel(julLevel);
  }

  /** Back to the application's configuration (tests). */
  static synchronized void reset() {
    if (handler != null) {
      ROOT.removeHandler(handler);
      handler.close();
    }
    handler = null;
    handlerTarget = null;
    ROOT.setLevel(null);
    ROOT.setUseParentHandlers(true);
  }

  private static Level level(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "off" -> Level.OFF;
      case "info" -> Level.INFO;
      case "debug" -> Level.FINE;
      case "trace" -> Level.FINEST;
      default ->
          throw new InvalidPropertyException(
              "Connection property 'logLevel' must be off, info, debug or trace, not '"
                  + text
                  + "'");
    };
  }

  private static Handler open(String file) {
    Handler opened;
    if (file.isEmpty()) {
      opened = new ConsoleHandler();
    } else {
      try {
        opened = new FileHandler(file, true);
      } catch (IOException | RuntimeException e) {
        throw new InvalidPropertyException(
            "Connection property 'logFile' names a file that cannot be written: " + e.getMessage(),
            e);
      }
    }
    opened.setFormatter(new SimpleFormatter());
    opened.setLevel(Level.ALL);
    return opened;
  }

  private static Optional<String> value(Map<String, String> properties, RallyUpProperty property) {
    return properties.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(property.key()))
        .map(e -> e.getValue().strip())
        .filter(v -> !v.isEmpty())
        .findFirst();
  }
}
