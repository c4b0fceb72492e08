package org.rallyupjdbc.sandbox.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Person names, with the ASCII spelling used to build e-mail addresses. */
final class Names {
  /** A name as displayed, and as spelled in e-mail addresses. */
  record Name(String display, String ascii) {}

  static final List<Name> FIRST =
      names(
          "James",
          "Mary",
          "John",
          "Patricia",
          "Robert",
          "Jennifer",
          "Michael",
          "Linda",
          "David",
          "Elizabeth",
          "William",
          "Susan",
          "Maria",
          "Olivia",
          "Liam",
          "Emma",
          "Noah",
          "Ava",
          "Sophia",
          "Mateo",
          "José|jose",
          "Zoë|zoe",
          "Łukasz|lukasz",
          "Chloé|chloe",
          "Søren|soren",
          "Aoife",
          "Siobhán|siobhan",
          "François|francois",
          "Björn|bjorn",
          "Ana",
          "Wei",
          "Mei",
          "Priya",
          "Aarav",
          "Fatima",
          "Omar",
          "Hiroshi",
          "美咲|misaki",
          "Renée|renee",
          "Jimmy");

  static final List<Name> LAST =
      names(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Garcia",
          "Miller",
          "Davis",
          "Rodriguez",
          "Martinez",
          "Hernandez",
          "Lopez",
          "Wilson",
          "Anderson",
          "Thomas",
          "Taylor",
          "Moore",
          "Jackson",
          "Martin",
          "Lee",
          "O'Brien|obrien",
          "O'Connor|oconnor",
          "D'Angelo|dangelo",
          "Müller|muller",
          "Nguyễn|nguyen",
          "Kowalski",
          "Wiśniewska|wisniewska",
          "山田|yamada",
          "佐藤|sato",
          "Yamamoto",
          "Chen",
          "Patel",
          "Ødegaard|odegaard",
          "Núñez|nunez",
          "Dubois",
          "Schmidt",
          "Rossi",
          "Kim",
          "Park",
          "Yao");

  static final List<String> EMAIL_DOMAINS =
      List.of("example.com", "example.org", "example.net", "mail.example.com");

  private Names() {}

  private static List<Name> names(String... specs) {
    return Arrays.stream(specs)
        .map(
            spec -> {
              int bar = spec.indexOf('|');
              return bar < 0
                  ? new Name(spec, spec.toLowerCase(Locale.ROOT))
                  : new Name(spec.substring(0, bar), spec.substring(bar + 1));
            })
        .toList();
  }
}
