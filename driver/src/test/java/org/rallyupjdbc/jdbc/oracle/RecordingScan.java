package org.rallyupjdbc.jdbc.oracle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every byte of a recording, read as text, and the searches a leak check needs. The personal values
 * searched for are this test's own list of personal JSON fields, not the recorder's.
 */
record RecordingScan(Map<Path, String> content) {
  private static final int PREFIX = 6;
  private static final JsonFactory JSON = new JsonFactory();

  /** JSON fields holding e-mail addresses, names, phone numbers and street addresses. */
  private static final Pattern PERSONAL_FIELD =
      Pattern.compile(
          "(?i).*(email|emailaddress|firstname|lastname|phone|phonenumber|address[1-3]"
              + "|addressline[1-3])|postedby|sendername|participantname");

  /** Reads every file of the recording. */
  static RecordingScan of(Path dir) throws IOException {
    Map<Path, String> content = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        content.put(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return new RecordingScan(content);
  }

  int files() {
    return content.size();
  }

  /** The files holding {@code text} anywhere. */
  List<Path> contains(String text) {
    List<Path> found = new ArrayList<>();
    content.forEach(
        (file, body) -> {
          if (body.contains(text)) {
            found.add(file);
          }
        });
    return found;
  }

  /**
   * The values found in the recording, each with a file. Values of several words, or with a digit
   * or an {@code @} (full names, e-mail addresses, phone numbers, street addresses), are searched
   * anywhere; a single word (a first or last name alone) only as a whole JSON string, since the
   * sandbox's campaign and organization names hold some of them ("O'Brien Memorial Auction"). The
   * values searched anywhere are found in every JSON text of the file (field names, targets and
   * values, unescaped) through an index of their first six characters; shorter ones are whole JSON
   * texts too.
   */
  List<String> leaks(List<String> values) {
    Map<String, List<String>> byPrefix = new HashMap<>();
    Set<String> whole = new HashSet<>();
    for (String value : values) {
      if (value.length() >= PREFIX && value.matches("(?s).*[\\s0-9@].*")) {
        byPrefix.computeIfAbsent(value.substring(0, PREFIX), p -> new ArrayList<>()).add(value);
      } else {
        whole.add(value);
      }
    }
    Set<String> leaks = new LinkedHashSet<>();
    content.forEach(
        (file, text) -> {
          String name = " in " + file.getFileName();
          Set<String> strings = strings(text);
          for (String string : strings) {
            if (whole.contains(string)) {
              leaks.add(string + name);
            }
            for (int i = 0; i + PREFIX <= string.length(); i++) {
              List<String> candidates = byPrefix.get(string.substring(i, i + PREFIX));
              if (candidates != null) {
                for (String value : candidates) {
                  if (string.startsWith(value, i)) {
                    leaks.add(value + name);
                  }
                }
              }
            }
          }
        });
    return new ArrayList<>(leaks);
  }

  /**
   * Every distinct field name and text of a file (whose every other byte is a number, a literal or
   * punctuation), or the whole file as one text when it is not JSON.
   */
  private static Set<String> strings(String text) {
    Set<String> strings = new HashSet<>();
    try (JsonParser parser = JSON.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          strings.add(parser.getText());
        }
      }
    } catch (IOException notJson) {
      strings.add(text);
    }
    return strings;
  }

  /** Every distinct non-empty personal value in the sandbox's dump. */
  static List<String> personalValues(JsonNode dump) {
    Set<String> values = new LinkedHashSet<>();
    collect(dump, values);
    return new ArrayList<>(values);
  }

  private static void collect(JsonNode node, Set<String> values) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                  if (PERSONAL_FIELD.matcher(field.getKey()).matches()
                      && !value.asText().isBlank()) {
                    values.add(value.asText());
                  }
                } else {
                  collect(value, values);
                }
              });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, values));
    }
  }
}
