package dev.starcoach.core.engine;

import dev.starcoach.core.engine.probe.ProbeCheck;
import dev.starcoach.core.story.Story;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a person's stories an answer tells, by the content words they share: a story matches
 * when it shares at least {@link #MIN_SHARED} content words with the answer and those make at least
 * a quarter of the smaller of the two; the story sharing most wins (the lower number on a tie).
 */
final class StoryMatcher {
  /** The fewest shared content words for a match. */
  static final int MIN_SHARED = 4;

  private StoryMatcher() {}

  static Optional<Story> match(String answer, List<Story> stories) {
    Set<String> said = ProbeCheck.contentWords(answer);
    Story best = null;
    int bestShared = 0;
    for (Story story : stories) {
      Set<String> told =
          ProbeCheck.contentWords(story.title() + " " + String.join(" ", texts(story)));
      Set<String> shared = new HashSet<>(said);
      shared.retainAll(told);
      int smaller = Math.min(said.size(), told.size());
      if (shared.size() >= MIN_SHARED
          && shared.size() * 4 >= smaller
          && shared.size() > bestShared) {
        best = story;
        bestShared = shared.size();
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<String> texts(Story story) {
    return List.copyOf(story.steps().values());
  }
}
