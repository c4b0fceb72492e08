package org.rallyupjdbc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in a recording by fakes, consistently: within one recording the same real
 * value always gets the same fake, so joins over e-mail addresses or names still match when the
 * recording is replayed. The fakes are numbered in the order values are first met, so they carry
 * nothing of the real value; the real values stay in memory only.
 *
 * <p>A field is personal by its JSON name, whatever record family it is in ({@code Email}, {@code
 * DonorEmail}, {@code ParticipantEmailAddress}; {@code *FirstName}, {@code *LastName}; {@code
 * Phone}, {@code *PhoneNumber}; {@code Address1..3}, {@code AddressLine1..3}; the full names {@code
 * ParticipantName}, {@code SenderName}, {@code PostedBy}; the login {@code UserName}; what
 * supporters write: {@code Comment}, {@code Message}, {@code MessageSubject}, {@code
 * SpecialInstructions}, {@code InNameOf}). E-mail addresses are also replaced wherever they occur
 * in any text, and a text equal to a value already replaced gets the same fake.
 */
final class Redactor {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

  /**
   * Text supporters write, which may name anyone (a dedication "In memory of ..."): replaced whole.
   * Organizers' published texts (campaign updates, page descriptions) are kept.
   */
  private static final Set<String> SUPPORTER_TEXT =
      Set.of("comment", "message", "messagesubject", "specialinstructions", "innameof");

  /** The kinds of personal value, each with its own numbering. */
  enum Kind {
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    PHONE,
    STREET,
    LOGIN,
    TEXT
  }

  private final Map<Kind, Map<String, String>> fakes = new EnumMap<>(Kind.class);
  private final Map<String, String> replaced = new HashMap<>();

  Redactor() {
    for (Kind kind : Kind.values()) {
      fakes.put(kind, new HashMap<>());
    }
  }

  /** The kind of personal value a field of this name holds, or null when it is not personal. */
  static Kind kindOf(String field) {
    String name = field.toLowerCase(Locale.ROOT);
    if (name.endsWith("email") || name.endsWith("emailaddress")) {
      return Kind.EMAIL;
    }
    if (name.endsWith("firstname")) {
      return Kind.FIRST_NAME;
    }
    if (name.endsWith("lastname")) {
      return Kind.LAST_NAME;
    }
    if (name.equals("phone") || name.endsWith("phonenumber")) {
      return Kind.PHONE;
    }
    if (name.matches("address[1-3]|addressline[1-3]")) {
      return Kind.STREET;
    }
    if (SUPPORTER_TEXT.contains(name)) {
      return Kind.TEXT;
    }
    return name.equals("username") ? Kind.LOGIN : null;
  }

  /** Whether the field holds a person's full name, "First Last". */
  static boolean isFullName(String field) {
    String name = field.toLowerCase(Locale.ROOT);
    return name.equals("participantname") || name.equals("sendername") || name.equals("postedby");
  }

  /** Replaces the personal values of records in {@code node} in place. */
  synchronized void redact(JsonNode node) {
    redact(node, true);
  }

  /**
   * Replaces e-mail addresses and values already replaced in every text of {@code node}, in place,
   * leaving other texts as they are: for error answers, whose {@code Message} is the server's.
   */
  synchronized void redactTexts(JsonNode node) {
    redact(node, false);
  }

  private void redact(JsonNode node, boolean byField) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        if (value.isTextual()) {
          String text = value.asText();
          object.set(name, TextNode.valueOf(byField ? field(name, text) : text(text)));
        } else {
          redact(value, byField);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual()) {
          array.set(i, TextNode.valueOf(text(value.asText())));
        } else {
          redact(value, byField);
        }
      }
    }
  }

  /** The value of field {@code name} as it may be recorded. */
  synchronized String field(String name, String value) {
    Kind kind = kindOf(name);
    if (kind != null) {
      return fake(kind, value);
    }
    if (isFullName(name)) {
      return fullName(value);
    }
    return text(value);
  }

  /** Free text as it may be recorded: e-mail addresses and values already replaced are faked. */
  synchronized String text(String value) {
    String known = replaced.get(value);
    if (known != null) {
      return known;
    }
    Matcher matcher = EMAIL.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(fake(Kind.EMAIL, matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String fullName(String value) {
    String[] parts = value.split(" ", 2);
    return parts.length == 1
        ? fake(Kind.FIRST_NAME, value)
        : fake(Kind.FIRST_NAME, parts[0]) + " " + fake(Kind.LAST_NAME, parts[1]);
  }

  private String fake(Kind kind, String value) {
    if (value.isEmpty()) {
      return value;
    }
    Map<String, String> known = fakes.get(kind);
    String fake = known.get(value);
    if (fake == null) {
      fake = invent(kind, value, known.size() + 1);
      known.put(value, fake);
      replaced.put(value, fake);
    }
    return fake;
  }

  private static String invent(Kind kind, String value, int n) {
    return switch (kind) {
      case EMAIL -> "person" + n + (value.contains("+") ? "+tag" : "") + "@example.invalid";
      case FIRST_NAME -> "Given" + n;
      case LAST_NAME -> "Family" + n;
      case PHONE -> phone(value, n);
      case STREET -> n + " Recorded St";
      case LOGIN -> "login" + n;
      case TEXT -> "[text " + n + " removed]";
    };
  }

  /** A fake keeping the real number's punctuation and length: its digits become 555 and n. */
  private static String phone(String value, int n) {
    long digits = value.chars().filter(Character::isDigit).count();
    String number = String.valueOf(n);
    String fill = "555" + "0".repeat(Math.max(0, (int) digits - 3 - number.length())) + number;
    if (fill.length() > digits) {
      fill = fill.substring(fill.length() - (int) Math.max(digits, number.length()));
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char c : value.toCharArray()) {
      out.append(Character.isDigit(c) && next < fill.length() ? fill.charAt(next++) : c);
    }
    return out.append(fill.substring(next)).toString();
  }
}
