package dev.starcoach.discord;

import dev.starcoach.core.view.ScoreMeter;
import dev.starcoach.core.view.SpokenLength;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The building blocks every Discord renderer shares: messages that allow no mentions, clipping to
 * Discord's limits, escaping text that is not ours to format, and the core's score meter and
 * spoken-length call drawn in Discord's style.
 */
final class Markup {
  static final int COLOR_PROMPT = 0x3B82F6;
  static final int COLOR_GOOD = 0x16A34A;
  static final int COLOR_MIXED = 0xF59E0B;
  static final int COLOR_WEAK = 0xDC2626;
  static final int COLOR_INFO = 0x64748B;

  private Markup() {}

  /** A message builder that allows no mentions, so nothing in it can ping anyone. */
  static MessageCreateBuilder base() {
    return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
  }

  /** A message of one embed. */
  static MessageCreateData embed(MessageEmbed embed) {
    return base().setEmbeds(embed).build();
  }

  /** Cuts text to {@code max} characters, ending with an ellipsis when cut. */
  static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Text someone else wrote (a member, a content pack) made inert: markdown characters are escaped,
   * and so is the {@code <} of mention, channel, emoji and timestamp syntax, so it shows as typed
   * rather than as a pill. Newlines are kept.
   */
  static String escape(String text) {
    return MarkdownSanitizer.escape(text == null ? "" : text).replace("<", "\\<");
  }

  /** Like {@link #escape(String)}, on one line. */
  static String escapeLine(String text) {
    return escape(text).replace("\n", " ");
  }

  /**
   * Someone else's text escaped and clipped to {@code max} characters, never cutting an escape in
   * half (a lone trailing backslash would escape whatever follows).
   */
  static String escapeClipped(String text, int max) {
    String escaped = escape(text);
    if (escaped.length() <= max) {
      return escaped;
    }
    String cut = clip(escaped, max);
    String body = cut.substring(0, cut.length() - 1);
    int slashes = 0;
    for (int i = body.length() - 1; i >= 0 && body.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return (slashes % 2 == 1 ? body.substring(0, body.length() - 1) : body) + "…";
  }

  /** Someone else's text in bold, escaped, within {@code max} characters plus the markup. */
  static String bold(String text, int max) {
    return "**" + escapeClipped(text, max) + "**";
  }

  /** Someone else's text in italics, escaped, within {@code max} characters plus the markup. */
  static String italic(String text, int max) {
    return "*" + escapeClipped(text, max) + "*";
  }

  /** A score as ten cells and the number, such as {@code ▰▰▰▰▰▰▰▱▱▱ 72/100}. */
  static String bar(int score) {
    ScoreMeter meter = ScoreMeter.of(score);
    return cells(meter) + " " + meter.score() + "/100";
  }

  /** A score's ten cells alone, such as {@code ▰▰▰▰▰▰▰▱▱▱}. */
  static String cells(int score) {
    return cells(ScoreMeter.of(score));
  }

  private static String cells(ScoreMeter meter) {
    return meter.cells('▰', '▱');
  }

  /** The embed colour of a score's tone. */
  static int scoreColor(int score) {
    return switch (ScoreMeter.of(score).tone()) {
      case GOOD -> COLOR_GOOD;
      case MIXED -> COLOR_MIXED;
      case WEAK -> COLOR_WEAK;
    };
  }

  /** The spoken length against its target, as the core calls it. */
  static String spoken(double spokenSeconds, int targetSeconds) {
    return SpokenLength.of(spokenSeconds, targetSeconds).describe();
  }

  /** Seconds as {@code 45 s} or {@code 2 min 05 s}. */
  static String duration(long seconds) {
    return SpokenLength.duration(seconds);
  }

  /** Seconds as a clock, {@code 1:05}. */
  static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Text padded on the right to {@code width} (at least one space after). */
  static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  /** Text padded on the left to {@code width} (at least one space before). */
  static String padLeft(String text, int width) {
    return text.length() >= width ? " " + text : " ".repeat(width - text.length()) + text;
  }

  /** Bulleted phrases within a field's 1,024 characters. */
  static String phrases(List<String> phrases) {
    StringBuilder out = new StringBuilder();
    for (String p : phrases) {
      String item = "• " + clip(p, 200) + "\n";
      if (out.length() + item.length() > 1000) {
        break;
      }
      out.append(item);
    }
    return out.toString().strip();
  }
}
