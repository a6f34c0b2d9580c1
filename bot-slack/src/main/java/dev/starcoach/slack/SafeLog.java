package dev.starcoach.slack;

/**
 * Makes untrusted text safe for one log line: control characters (newlines among them, which could
 * forge a log line) and other invisible characters are escaped as {@code \\uXXXX}, and the text is
 * cut to {@value #MAX_CHARS} characters with the number left off.
 */
final class SafeLog {
  /** The most characters of untrusted text a log line shows. */
  static final int MAX_CHARS = 200;

  private SafeLog() {}

  /** The text escaped and cut; {@code "null"} for null. */
  static String of(String text) {
    if (text == null) {
      return "null";
    }
    int shown = Math.min(text.length(), MAX_CHARS);
    StringBuilder out = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)
          || c == '\u2028'
          || c == '\u2029'
          || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > shown) {
      out.append("...(").append(text.length() - shown).append(" more chars)");
    }
    return out.toString();
  }
}
