package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEvent;

/** What the adapter does for a slash command, decided by {@link CommandMapping}. */
public sealed interface SlashAction {

  /**
   * Call the engine.
   *
   * @param startsSession true when the event may open a practice, which then runs in a private
   *     thread or DM rather than in ephemeral replies
   */
  record Engine(CoachEvent event, boolean startsSession) implements SlashAction {}

  /** Show the help card. */
  record Help() implements SlashAction {}

  /** Options that do not make sense; {@code text} says which. */
  record Invalid(String text) implements SlashAction {}
}
