package dev.starcoach.core.scoring.rules;

/**
 * Strips what people type around their words before analysis: markdown emphasis, headings, quotes,
 * bullets and numbered lists, links and bare URLs, emoji, emoticons and :shortcodes:, control and
 * direction-formatting characters. Curly quotes and long dashes are normalised. Line breaks stay
 * (they end sentences). Never throws.
 */
final class TextCleaner {
  private TextCleaner() {}

  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    boolean lineStart = true;
    int i = 0;
    while (i < n) {
      if (lineStart) {
        i = skipLineMarkers(text, i);
        lineStart = false;
        if (i >= n) {
          break;
        }
      }
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
        out.append('\n');
        lineStart = true;
        i++;
        continue;
      }
      if (c == 'h' && (text.startsWith("http://", i) || text.startsWith("https://", i))) {
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      if (c == ']' && i + 1 < n && text.charAt(i + 1) == '(') {
        int close = text.indexOf(')', i + 2);
        if (close > 0 && close - i < 2048) {
          i = close + 1;
          continue;
        }
      }
      if (c == ':' && i + 1 < n && isShortcodeStart(text, i)) {
        int end = i + 1;
        while (end < n && end - i < 40 && isShortcodeChar(text.charAt(end))) {
          end++;
        }
        if (end < n && text.charAt(end) == ':' && end > i + 1) {
          i = end + 1;
          continue;
        }
      }
      int emoticon = emoticonLength(text, i);
      if (emoticon > 0) {
        out.append(' ');
        i += emoticon;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isHighSurrogate(c) && len == 1) {
        i++;
        continue;
      }
      switch (Character.getType(cp)) {
        case Character.OTHER_SYMBOL,
            Character.PRIVATE_USE,
            Character.UNASSIGNED,
            Character.SURROGATE,
            Character.FORMAT -> {
          out.append(' ');
          i += len;
          continue;
        }
        case Character.CONTROL -> {
          out.append(' ');
          i += len;
          continue;
        }
        case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> {
          if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3) {
            i += len;
            continue;
          }
        }
        default -> {}
      }
      switch (c) {
        case '*', '_', '`', '~', '#', '|', '[', ']', '<', '>', '^', '=' -> out.append(' ');
        case '\u2018', '\u2019', '\u02BC', '\u2032' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> out.append('"');
        case '\u2013', '\u2014', '\u2015', '\u2212' -> out.append(" - ");
        case '\u2026' -> out.append("...");
        case '\u00A0', '\u2009', '\u202F', '\u2007' -> out.append(' ');
        case '\u2022', '\u25CF', '\u25AA', '\u25E6', '\u2023', '\u2043', '\u00B7' ->
            out.append(". ");
        default -> out.appendCodePoint(cp);
      }
      i += len;
    }
    return out.toString();
  }

  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c = 0; c < 0x20; c++) {
      SPECIAL[c] = true;
    }
    for (char c : "*_`~#|[]<>^=:;h".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  private static boolean isPlain(String text) {
    int n = text.length();
    if (n > 0) {
      char c0 = text.charAt(0);
      if (c0 == '-' || c0 == '+' || Character.isDigit(c0)) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (!SPECIAL[c]) {
        continue;
      }
      if (c == 'h') {
        if (text.startsWith("http", i)) {
          return false;
        }
      } else if (c == ':' || c == ';') {
        if (emoticonLength(text, i) > 0 || isShortcodeStart(text, i)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static int skipLineMarkers(String text, int i) {
    int n = text.length();
    while (true) {
      int start = i;
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i >= n) {
        return i;
      }
      char c = text.charAt(i);
      if (c == '#' || c == '>') {
        while (i < n && (text.charAt(i) == '#' || text.charAt(i) == '>')) {
          i++;
        }
      } else if ((c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '\u00B7')
          && i + 1 < n
          && text.charAt(i + 1) == ' ') {
        i += 2;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && j - i < 3 && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j < n - 1
            && (text.charAt(j) == '.' || text.charAt(j) == ')')
            && text.charAt(j + 1) == ' ') {
          i = j + 2;
        } else {
          return i;
        }
      } else if (c == '[' && i + 2 < n && text.charAt(i + 2) == ']') {
        i += 3;
      } else {
        return i;
      }
      if (i == start) {
        return i;
      }
    }
  }

  private static boolean isShortcodeStart(String text, int i) {
    return text.charAt(i) == ':'
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1))
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
  }

  private static boolean isShortcodeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
  }

  /** Length of an ASCII emoticon such as :) ;-) :D at i (only when not inside a word), or 0. */
  static int emoticonLength(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c != ':' && c != ';' && c != '=') {
      return 0;
    }
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      return 0;
    }
    int j = i + 1;
    if (j < n && (text.charAt(j) == '-' || text.charAt(j) == '\'')) {
      j++;
    }
    if (j >= n) {
      return 0;
    }
    char m = text.charAt(j);
    if (")(DPpO/|3]".indexOf(m) < 0) {
      return 0;
    }
    int end = j + 1;
    if (end < n && Character.isLetterOrDigit(text.charAt(end))) {
      return 0;
    }
    return end - i;
  }
}
