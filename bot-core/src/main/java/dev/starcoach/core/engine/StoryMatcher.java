package dev.starcoach.core.engine;

import dev.starcoach.core.story.Story;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a practised answer retells a story from the bank: by the share of the answer's content
 * words (four letters or more, not a common word) that the story also uses. A match needs at least
 * {@link #MIN_SHARED} shared content words and at least {@link #MIN_SHARE} of the answer's; the
 * same story told again shares its names, systems and numbers, while two different stories about
 * the same kind of work share a few generic words only.
 */
final class StoryMatcher {
  /** The least share of the answer's content words the story must hold. */
  static final double MIN_SHARE = 0.45;

  /** The least number of shared content words. */
  static final int MIN_SHARED = 6;

  private static final Set<String> COMMON =
      Set.of(
          "about", "after", "again", "also", "because", "been", "before", "being", "could",
          "didn't", "does", "doing", "done", "each", "even", "every", "first", "from", "get",
          "going", "good", "great", "have", "having", "here", "into", "just", "know", "last",
          "like", "made", "make", "many", "more", "most", "much", "need", "needed", "next", "only",
          "other", "over", "really", "said", "same", "some", "still", "such", "take", "team",
          "than", "that", "their", "them", "then", "there", "these", "they", "thing", "things",
          "this", "those", "through", "time", "took", "very", "want", "wanted", "week", "weeks",
          "well", "went", "were", "what", "when", "which", "while", "will", "with", "without",
          "work", "worked", "would", "year", "your");

  private StoryMatcher() {}

  /** The story the answer best matches, if one matches well enough. */
  static Optional<Story> match(String answer, List<Story> stories) {
    Set<String> said = words(answer);
    if (said.size() < MIN_SHARED) {
      return Optional.empty();
    }
    Story best = null;
    double bestShare = 0;
    for (Story story : stories) {
      Set<String> shared = words(String.join(" ", story.steps().values()));
      shared.retainAll(said);
      double share = (double) shared.size() / said.size();
      if (shared.size() >= MIN_SHARED && share >= MIN_SHARE && share > bestShare) {
        best = story;
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The distinct content words of a text, lower case. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      String word = w.replaceAll("^'+|'+$", "");
      if (word.length() >= 4 && !COMMON.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
