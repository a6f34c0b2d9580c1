package dev.starcoach.app.console;

/**
 * Wraps console output to the terminal's width: words are never cut (a word longer than the width
 * stands on its own line), a wrapped line keeps its indent (and a bullet's hanging indent), and
 * ANSI colour codes take no width.
 */
public final class TextWrap {
  private TextWrap() {}

  /** {@code text} wrapped to {@code width} columns; unchanged when width is under 20. */
  public static String wrap(String text, int width) {
    if (width < 20) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      wrapLine(lines[i], width, out);
    }
    return out.toString();
  }

  private static void wrapLine(String line, int width, StringBuilder out) {
    if (visible(line) <= width) {
      out.append(line);
      return;
    }
    String indent = hangingIndent(line);
    int column = 0;
    boolean lineStart = true;
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    out.append(line, 0, i);
    column = i;
    String[] words = line.substring(i).split(" ");
    for (String word : words) {
      int w = visible(word);
      if (!lineStart && column + 1 + w > width) {
        out.append('\n').append(indent);
        column = indent.length();
        lineStart = true;
      }
      if (!lineStart) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += w;
      lineStart = false;
    }
  }

  /** The indent of a line, plus the width of a leading bullet or number ("• ", "- ", "3. "). */
  static String hangingIndent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    String rest = line.substring(spaces).replaceAll("\u001B\\[[0-9;]*m", "");
    int bullet = 0;
    if (rest.startsWith("• ") || rest.startsWith("- ") || rest.startsWith("* ")) {
      bullet = 2;
    } else if (rest.matches("^\\d{1,2}[.)] .*")) {
      bullet = rest.indexOf(' ') + 1;
    }
    return " ".repeat(Math.min(spaces + bullet, 40));
  }

  /** The columns a text takes, without ANSI codes. */
  static int visible(String text) {
    String plain = text.replaceAll("\u001B\\[[0-9;]*m", "");
    return plain.codePointCount(0, plain.length());
  }
}
