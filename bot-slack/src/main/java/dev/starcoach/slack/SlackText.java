package dev.starcoach.slack;

/**
 * Text helpers for Slack's mrkdwn. Everything a person typed, and every engine or content string,
 * passes through {@link #escape} before it is shown, so it cannot mention {@code <!channel>},
 * {@code <!here>} or a user, nor form a link.
 */
public final class SlackText {
  private SlackText() {}

  /** Escapes {@code &}, {@code <} and {@code >} as Slack requires; null becomes empty. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Turns the text of an incoming Slack message back into what the person typed: Slack sends {@code
   * &amp;}, {@code &lt;} and {@code &gt;} escaped.
   */
  public static String unescapeIncoming(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut. */
  public static String truncate(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int end = Math.max(0, max - 1);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** Formats milliseconds as {@code 42 s} or {@code 1 min 05 s}. */
  public static String duration(long millis) {
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 60) {
      return seconds + " s";
    }
    return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  /** Formats spoken seconds as {@code 27 s}. */
  public static String seconds(double seconds) {
    return Math.round(seconds) + " s";
  }
}
