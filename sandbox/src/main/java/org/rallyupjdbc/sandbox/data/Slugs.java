package org.rallyupjdbc.sandbox.data;

/** URL codes: six-hex permanent codes and readable "friendly" codes. */
final class Slugs {
  private static final String ACCENTED = "àáâãäåąèéêëęễìíîïòóôõöøùúûüñçłśźżđ";
  private static final String PLAIN = "aaaaaaaeeeeeeiiiioooooouuuunclszzd";

  private Slugs() {}

  /**
   * A six-hex code unique per id below 2^24 within one salt: multiplying by an odd constant is a
   * bijection modulo 2^24, so distinct ids never collide.
   */
  static String permanent(long id, int salt) {
    long mixed = ((id ^ salt) * 0x2C1B3C6DL) & 0xFFFFFF;
    String hex = Long.toHexString(mixed);
    return "0".repeat(6 - hex.length()) + hex;
  }

  /**
   * The name in lower-case ASCII words joined by hyphens (accents dropped, other scripts skipped),
   * with the id appended to keep it unique.
   */
  static String friendly(String name, long id) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      int accented = ACCENTED.indexOf(c);
      if (accented >= 0) {
        c = PLAIN.charAt(accented);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (!Character.isLetter(c)
          && out.length() > 0
          && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    if (out.length() == 0 || out.charAt(out.length() - 1) != '-') {
      out.append('-');
    }
    return out.append(id).toString();
  }
}
