package org.rallyupjdbc.bench.run;

/** The contenders of every scenario, in the order the results list them. */
public enum ContenderKind {
  /** The query through {@code DriverManager}. */
  DRIVER("rallyup-jdbc"),
  /** OkHttp + Jackson databind, pages one after another into objects, then plain Java. */
  PAGER("hand-written pager"),
  /** Every page into an in-memory H2 database, then the same SQL on H2. */
  SYNC("sync then query"),
  /** OkHttp + the streaming parser into Object[], concurrent pages, nothing else. */
  LIMIT("limit (raw streaming)");

  private final String label;

  ContenderKind(String label) {
    this.label = label;
  }

  /** How the results name the contender. */
  public String label() {
    return label;
  }
}
