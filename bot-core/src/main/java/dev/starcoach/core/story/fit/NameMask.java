package dev.starcoach.core.story.fit;

import java.util.Set;

/**
 * Takes the principles' own names and the slogans built on them out of a text before it is read ("I
 * took ownership", "customer obsession", "dove deep", "raised the bar"): naming a principle is not
 * evidence of it, so the estimator never sees the names and stuffing a story with them cannot raise
 * a cell. A name takes the few words before it that only carry it ("I showed great") with it.
 */
final class NameMask {
  /** Words that only carry a principle's name: who, the verb of the slogan, its adjective. */
  private static final Set<String> CARRIERS =
      Set.of(
          "i",
          "we",
          "my",
          "our",
          "a",
          "an",
          "the",
          "of",
          "sense",
          "spirit",
          "real",
          "great",
          "strong",
          "full",
          "complete",
          "extreme",
          "total",
          "true",
          "genuine",
          "deep",
          "always",
          "really",
          "truly",
          "very",
          "took",
          "take",
          "takes",
          "taking",
          "showed",
          "show",
          "shows",
          "showing",
          "shown",
          "demonstrated",
          "demonstrate",
          "demonstrates",
          "demonstrating",
          "displayed",
          "display",
          "have",
          "had",
          "has",
          "having",
          "with",
          "am",
          "was",
          "is",
          "are",
          "were",
          "be",
          "being",
          "raise",
          "raised",
          "raising",
          "set",
          "setting",
          "went",
          "go",
          "goes",
          "going",
          "gone",
          "and",
          "insist",
          "insisted",
          "insisting",
          "on",
          "earn",
          "earned",
          "earning",
          "built",
          "build",
          "gained",
          "gain",
          "won",
          "win",
          "their",
          "everyone",
          "everyones",
          "team",
          "whole",
          "by",
          "to");

  /** At most this many carrier words go with a name. */
  private static final int CARRIED = 4;

  private NameMask() {}

  /** True when the text names a principle. */
  static boolean names(CueHits hits) {
    return hits.count(Cue.PRINCIPLE_NAME) > 0;
  }

  /** The text without its principle names (and the words carrying them), spaces tidied. */
  static String mask(StepText raw, CueHits hits) {
    int n = hits.count(Cue.PRINCIPLE_NAME);
    if (n == 0) {
      return raw.text;
    }
    StringBuilder out = new StringBuilder(raw.text.length());
    int copied = 0;
    for (int i = 0; i < n; i++) {
      int from = hits.start(Cue.PRINCIPLE_NAME, i);
      int to = hits.end(Cue.PRINCIPLE_NAME, i);
      int s = raw.sentence[from];
      int first = from;
      while (first > 0
          && from - first < CARRIED
          && raw.sentence[first - 1] == s
          && CARRIERS.contains(raw.tokens[first - 1])
          && raw.start[first - 1] >= copied) {
        first--;
      }
      int a = Math.max(copied, raw.start[first]);
      out.append(raw.text, copied, a);
      copied = Math.max(copied, raw.end[to - 1]);
    }
    out.append(raw.text, copied, raw.text.length());
    return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,;!?])", "$1").strip();
  }
}
