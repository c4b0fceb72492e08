package org.rallyupjdbc.sandbox.model;

/** What an a-thon counts, and the unit words shown with it. */
public enum AthonActivity {
  RUN("Run", "Mile", "Miles"),
  WALK("Walk", "Mile", "Miles"),
  READ("Read", "Book", "Books"),
  SWIM("Swim", "Lap", "Laps"),
  JUMP("Jump Rope", "Jump", "Jumps");

  private final String label;
  private final String singular;
  private final String plural;

  AthonActivity(String label, String singular, String plural) {
    this.label = label;
    this.singular = singular;
    this.plural = plural;
  }

  public String label() {
    return label;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }
}
