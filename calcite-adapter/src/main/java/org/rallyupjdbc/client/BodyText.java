package org.rallyupjdbc.client;

import java.nio.charset.StandardCharsets;

/**
 * The start of a body that is not the API's JSON, as one line for an error message: HTML tags,
 * scripts and styles removed, so a proxy's error page or a network login page reads as its text.
 */
final class BodyText {
  private static final int MAX_CHARS = 300;

  private BodyText() {}

  /** At most 300 characters of text, then {@code ...} if there is more. */
  static String of(byte[] body) {
    return of(new String(body, StandardCharsets.UTF_8));
  }

  /** At most 300 characters of text, then {@code ...} if there is more. */
  static String of(String body) {
    String text = body.stripLeading().startsWith("<") ? withoutMarkup(body) : body;
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS) + "...";
  }

  /** One pass, so that a hostile page of unclosed tags costs no more than its length. */
  private static String withoutMarkup(String html) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    while (at < html.length() && text.length() <= MAX_CHARS * 2) {
      int open = html.indexOf('<', at);
      if (open < 0) {
        text.append(html, at, html.length());
        break;
      }
      text.append(html, at, open).append(' ');
      int close = html.indexOf('>', open);
      if (close < 0) {
        break;
      }
      at = close + 1;
      for (String skipped : new String[] {"script", "style"}) {
        if (html.regionMatches(true, open + 1, skipped, 0, skipped.length())) {
          at = closingTag(html, skipped, at);
        }
      }
    }
    return text.toString();
  }

  private static int closingTag(String html, String element, int from) {
    for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
      if (html.regionMatches(true, at + 2, element, 0, element.length())) {
        return at;
      }
    }
    return html.length();
  }
}
