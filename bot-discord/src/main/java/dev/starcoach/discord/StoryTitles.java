package dev.starcoach.discord;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.story.Story;
import java.util.List;

/**
 * A person's own stories, read-only: their numbers and titles for the {@code story} option's
 * autocomplete, and a step's current text to fill in the edit form (Discord wants the form as the
 * very answer to the command, so there is no time for a round through the engine's replies). Built
 * over the story store in the composition root, like {@link PlaceAdmins}; the bot never writes
 * through it, and every change still goes through the engine.
 */
@FunctionalInterface
public interface StoryTitles {
  /** The person's stories by number; empty when they have none. */
  List<Story> of(PersonId owner);

  /** Nobody has stories: autocomplete offers nothing and edit forms start empty. */
  static StoryTitles none() {
    return owner -> List.of();
  }
}
