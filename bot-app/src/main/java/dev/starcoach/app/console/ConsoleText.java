package dev.starcoach.app.console;

import dev.starcoach.core.view.ScoreMeter;
import java.util.Locale;

/** Small text helpers the console's renderers share: meters, durations, padding, excerpts. */
final class ConsoleText {
  private ConsoleText() {}

  /** A score as ten cells, such as {@code ▰▰▰▰▰▰▰▱▱▱}. */
  static String bar(int score) {
    return ScoreMeter.of(score).cells('▰', '▱');
  }

  static String seconds(double s) {
    return Math.round(s) + " s";
  }

  static String clock(long millis) {
    long total = Math.round(millis / 1000.0);
    return String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  static String excerpt(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
