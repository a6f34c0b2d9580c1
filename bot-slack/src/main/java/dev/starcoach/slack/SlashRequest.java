package dev.starcoach.slack;

import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.TextCommand;
import java.util.List;
import java.util.Locale;

/**
 * The text after {@code /star}, parsed with the engine's shared grammar ({@link TextCommand}) plus
 * the subcommands that are not the engine's yet ({@code stats}, {@code leaderboard}, {@code
 * daily}).
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

  /** A subcommand that exists but is not available yet. */
  record NotYet(String word) implements SlashRequest {}

  /** A known subcommand with wrong arguments. */
  record Invalid(String message) implements SlashRequest {}

  /** The subcommands planned but not available yet. */
  List<String> NOT_YET = List.of("stats", "leaderboard", "daily");

  static SlashRequest parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    String first = trimmed.isEmpty() ? "" : trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (NOT_YET.contains(first)) {
      return new NotYet(first);
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
