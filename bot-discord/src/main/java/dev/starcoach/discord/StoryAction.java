package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.story.StoryNumber;
import java.util.Optional;

/** What the adapter does for a {@code /story} command, decided by {@link StoryMapping}. */
sealed interface StoryAction {

  /**
   * Call the engine.
   *
   * @param shared true for {@code /story share}: its card is posted for the channel to see
   */
  record Engine(CoachEvent event, boolean shared) implements StoryAction {}

  /**
   * Open the form for a new story.
   *
   * @param title the title typed with the command, if any
   * @param stepByStep true for five step boxes (the title then comes from the command), false for a
   *     title and the whole story in one box
   */
  record AddForm(Optional<String> title, boolean stepByStep) implements StoryAction {}

  /** Open the form to rewrite one step of a story, filled with its current text. */
  record EditForm(StoryNumber story, Step step) implements StoryAction {}

  /** Options that do not make sense; {@code text} says which. */
  record Invalid(String text) implements StoryAction {}
}
