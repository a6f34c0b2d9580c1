package dev.starcoach.core.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for "is this typed line an answer or a command", shared by the console, Discord and
 * Slack:
 *
 * <ul>
 *   <li>a line that starts with {@code /} is a command;
 *   <li>while a practice is open, the bare words {@code hint}, {@code skip}, {@code stop} and
 *       {@code help} are those commands and anything else is the answer;
 *   <li>with no practice open while the person writes a story step by step (or an edit waits for
 *       its text), the line is the story's next text unless it starts with {@code /}, starts with
 *       the word {@code story} ({@code story done}), or is a command of one or two words ({@code
 *       help}, {@code practice drill}): a step of a story is longer than that;
 *   <li>with no practice open, a line that reads as a command ({@code practice mock}, {@code help})
 *       is one; anything else is refused as an answer with nothing to answer.
 * </ul>
 */
final class TypedLines {
  private TypedLines() {}

  /** The command a line means, or empty when it is an answer. */
  static Optional<TextCommand> command(String line, boolean practiceOpen) {
    return command(line, practiceOpen, false);
  }

  /**
   * The command a line means, or empty when it is an answer (to the open practice) or, with {@code
   * storyWaiting} and no practice open, the next text of the story being written.
   */
  static Optional<TextCommand> command(String line, boolean practiceOpen, boolean storyWaiting) {
    String text = line == null ? "" : line.strip();
    if (storyWaiting && !practiceOpen && !text.startsWith("/") && !text.isEmpty()) {
      String[] words = text.split("\\s+");
      boolean storyWord = words[0].equalsIgnoreCase("story") && words.length > 1;
      if (!storyWord && words.length > 2) {
        return Optional.empty();
      }
      TextCommand parsed = TextCommand.parse(text);
      return parsed instanceof TextCommand.Unknown ? Optional.empty() : Optional.of(parsed);
    }
    if (text.startsWith("/")) {
      return Optional.of(TextCommand.parse(text.substring(1)));
    }
    if (practiceOpen) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case "hint", "skip", "stop", "help" -> Optional.of(TextCommand.parse(text));
        default -> Optional.empty();
      };
    }
    if (text.isEmpty()) {
      return Optional.of(new TextCommand.Help());
    }
    TextCommand parsed = TextCommand.parse(text);
    return parsed instanceof TextCommand.Unknown ? Optional.empty() : Optional.of(parsed);
  }
}
