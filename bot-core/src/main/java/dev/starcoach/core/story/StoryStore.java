package dev.starcoach.core.story;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.session.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a person's stories are kept. Implementations: the in-memory fake (tests), SQLite and
 * PostgreSQL (bot-storage), all held to one contract test. Every method may throw {@link
 * dev.starcoach.core.store.StorageUnavailableException} when the database cannot be reached.
 */
public interface StoryStore {

  /** Adds a story with the next free number; {@code steps} may be empty (a draft). */
  Story add(
      PersonId owner,
      String title,
      List<StoryVersion> firstVersions,
      List<String> tags,
      Instant at);

  /** One story of a person. */
  Optional<Story> find(PersonId owner, StoryNumber number);

  /** All of a person's stories, by number. */
  List<Story> list(PersonId owner);

  /**
   * Saves a new text for one step: appended to the versions and made the step's latest text.
   *
   * @return the story after the change, or empty when it does not exist
   */
  Optional<Story> saveStep(PersonId owner, StoryNumber number, StoryVersion version);

  /** Renames a story and replaces its tags. */
  Optional<Story> retitle(
      PersonId owner, StoryNumber number, String title, List<String> tags, Instant at);

  /** Records the person's decision on a mapping; {@code decision} empty clears it. */
  Optional<Story> decide(
      PersonId owner,
      StoryNumber number,
      Principle principle,
      Optional<MappingDecision> decision,
      Instant at);

  /** Records that a practice used the story. */
  void practised(PersonId owner, StoryNumber number, Instant at);

  /** Removes a story and all its versions. @return true when it existed */
  boolean remove(PersonId owner, StoryNumber number);

  /**
   * The story a person is writing step by step ({@code story add} without the whole text), if any:
   * the next plain line they type fills its next missing step.
   */
  Optional<StoryNumber> drafting(PersonId owner);

  /** Marks (or with empty, clears) the story being written step by step. */
  void setDrafting(PersonId owner, Optional<StoryNumber> number);

  /** Deletes every story of a person; part of forget. @return how many rows went */
  int forget(PersonId owner);
}
