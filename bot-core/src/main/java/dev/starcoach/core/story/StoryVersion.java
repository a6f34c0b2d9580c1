package dev.starcoach.core.story;

import dev.starcoach.core.content.Step;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved text of one step of a story, with the score it had then.
 *
 * @param version counts from 1 per story, across all its steps
 * @param step the step this text is for
 * @param text the text as saved
 * @param score the step's score (0 to 100) when saved
 * @param at when it was saved
 * @param source where it came from: typed, edited, or a practice session's id
 */
public record StoryVersion(
    int version, Step step, String text, int score, Instant at, StorySource source) {
  public StoryVersion {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Where a version's text came from.
   *
   * @param kind added or edited by hand, or kept from a practice
   * @param sessionId the practice session's id when kept from a practice
   */
  public record StorySource(Kind kind, Optional<String> sessionId) {
    /** How the text reached the bank. */
    public enum Kind {
      ADDED,
      EDITED,
      PRACTICE
    }

    /** Typed in {@code story add}. */
    public static StorySource added() {
      return new StorySource(Kind.ADDED, Optional.empty());
    }

    /** Changed with {@code story edit}. */
    public static StorySource edited() {
      return new StorySource(Kind.EDITED, Optional.empty());
    }

    /** Kept from a practice session. */
    public static StorySource practice(String sessionId) {
      return new StorySource(Kind.PRACTICE, Optional.of(sessionId));
    }
  }
}
