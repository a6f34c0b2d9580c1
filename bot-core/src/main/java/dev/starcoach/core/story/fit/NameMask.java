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
          "know",
          "believe",
          "this",
          "that",
          "shows",
          "proves",
          "reflects",
          "embody",
          "embodied",
          "live",
          "lived",
          "living",
          "strive",
          "striving",
          "values",
          "how",
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

  /** A sentence naming a principle with no more words than this left is dropped whole. */
  static final int STUB = 4;

  /** At most this many carrier words go with a name. */
  private static final int CARRIED = 4;

  private NameMask() {}

  /** True when the text names a principle. */
  static boolean names(CueHits hits) {
    return hits.count(Cue.PRINCIPLE_NAME) > 0;
  }

  /**
   * The text without its principle names (and the words carrying them), spaces tidied. A sentence
   * left with {@value #STUB} words or fewer was only there to name principles and goes entirely.
   */
  static String mask(StepText raw, CueHits hits) {
    int names = hits.count(Cue.PRINCIPLE_NAME);
    int n = raw.size();
    if (names == 0 || n == 0) {
      return raw.text;
    }
    boolean[] cut = new boolean[n];
    for (int h = 0; h < names; h++) {
      int from = hits.start(Cue.PRINCIPLE_NAME, h);
      int first = from;
      while (first > 0
          && from - first < CARRIED
          && raw.sentence[first - 1] == raw.sentence[from]
          && CARRIERS.contains(raw.tokens[first - 1])) {
        first--;
      }
      for (int k = first; k < hits.end(Cue.PRINCIPLE_NAME, h); k++) {
        cut[k] = true;
      }
    }
    boolean[] whole = new boolean[n];
    for (int k = 0; k < n; ) {
      int end = k;
      int kept = 0;
      boolean named = false;
      while (end < n && raw.sentence[end] == raw.sentence[k]) {
        named |= cut[end];
        kept += cut[end] ? 0 : 1;
        end++;
      }
      if (named && kept <= STUB) {
        for (int m = k; m < end; m++) {
          cut[m] = true;
          whole[m] = true;
        }
      }
      k = end;
    }
    StringBuilder out = new StringBuilder(raw.text.length());
    int copied = 0;
    for (int k = 0; k < n; k++) {
      if (!cut[k]) {
        continue;
      }
      int r = k;
      while (r + 1 < n && cut[r + 1]) {
        r++;
      }
      int from = raw.start[k];
      int to = whole[r] ? (r + 1 < n ? raw.start[r + 1] : raw.text.length()) : raw.end[r];
      out.append(raw.text, copied, Math.max(copied, from));
      copied = Math.max(copied, to);
      k = r;
    }
    out.append(raw.text, copied, raw.text.length());
    return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,;!?])", "$1").strip();
  }
}
