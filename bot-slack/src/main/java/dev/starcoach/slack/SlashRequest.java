package dev.starcoach.slack;

import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.TextCommand;
import java.util.Locale;

/**
 * The text after {@code /star}, parsed with the engine's shared grammar ({@link TextCommand}) plus
 * the subcommands the adapter answers itself with the core's services ({@code daily}, {@code
 * stats}, {@code leaderboard}), and {@code story add} alone, which opens the new-story modal.
 */
sealed interface SlashRequest {

  /** An engine event to apply. */
  record ToEngine(CoachEvent event) implements SlashRequest {}

  /**
   * Show the help.
   *
   * @param unknownWord the subcommand nobody knows, or null when help was asked for
   */
  record ShowHelp(String unknownWord) implements SlashRequest {}

  /** A known subcommand with wrong arguments. */
  record Invalid(String message) implements SlashRequest {}

  /** {@code daily ...}: the words after {@code daily}, for {@code DailyRequest.parse}. */
  record Daily(String args) implements SlashRequest {}

  /** {@code story add} (or {@code story new}) with nothing else: the new-story modal. */
  record StoryForm() implements SlashRequest {}

  /** {@code stats}. */
  record Stats() implements SlashRequest {}

  /** {@code leaderboard [channel|workspace] [weeks-ago]}: the words after {@code leaderboard}. */
  record Board(String args) implements SlashRequest {}

  static SlashRequest parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    String[] split = trimmed.isEmpty() ? new String[] {""} : trimmed.split("\\s+", 2);
    String first = split[0].toLowerCase(Locale.ROOT);
    String rest = split.length > 1 ? split[1].strip() : "";
    switch (first) {
      case "daily":
        return new Daily(rest);
      case "stats", "progress":
        return new Stats();
      case "leaderboard", "board", "top":
        return new Board(rest);
      case "story", "stories":
        if (rest.equalsIgnoreCase("add") || rest.equalsIgnoreCase("new")) {
          return new StoryForm();
        }
        break;
      default:
        break;
    }
    TextCommand parsed = TextCommand.parse(trimmed);
    if (parsed instanceof TextCommand.Run run) {
      return new ToEngine(run.event());
    }
    if (parsed instanceof TextCommand.Invalid invalid) {
      return new Invalid(invalid.message());
    }
    if (parsed instanceof TextCommand.Unknown unknown) {
      return new ShowHelp(unknown.word());
    }
    return new ShowHelp(null);
  }
}
