package dev.starcoach.core.story.fit;

import java.util.Arrays;

/** Where each {@link Cue} hit in one step's text, as token ranges in reading order. */
final class CueHits {
  private final StepText text;
  private final int[][] starts = new int[Cue.values().length][];
  private final int[][] ends = new int[Cue.values().length][];
  private final int[] counts = new int[Cue.values().length];

  CueHits(StepText text) {
    this.text = text;
  }

  void add(Cue c, int from, int to) {
    int o = c.ordinal();
    if (starts[o] == null) {
      starts[o] = new int[4];
      ends[o] = new int[4];
    } else if (counts[o] == starts[o].length) {
      starts[o] = Arrays.copyOf(starts[o], counts[o] * 2);
      ends[o] = Arrays.copyOf(ends[o], counts[o] * 2);
    }
    starts[o][counts[o]] = from;
    ends[o][counts[o]] = to;
    counts[o]++;
  }

  /** How many times a cue hit. */
  int count(Cue c) {
    return counts[c.ordinal()];
  }

  /** Where the {@code i}th hit of a cue starts (a token index). */
  int start(Cue c, int i) {
    return starts[c.ordinal()][i];
  }

  /** Where the {@code i}th hit of a cue ends (a token index, exclusive). */
  int end(Cue c, int i) {
    return ends[c.ordinal()][i];
  }

  /** The first hit of a cue quoted with context, or empty. */
  String quote(Cue c) {
    return count(c) == 0 ? "" : text.quote(starts[c.ordinal()][0], ends[c.ordinal()][0]);
  }

  /**
   * The first place where a hit of {@code a} and one of {@code b} share a sentence within {@code
   * window} words of each other, quoted (the span between them with context), or empty.
   */
  String near(Cue a, Cue b, int window) {
    int oa = a.ordinal();
    int ob = b.ordinal();
    for (int i = 0; i < counts[oa]; i++) {
      for (int j = 0; j < counts[ob]; j++) {
        int sa = starts[oa][i];
        int sb = starts[ob][j];
        if (text.sentence[sa] == text.sentence[sb] && Math.abs(sa - sb) <= window) {
          int from = Math.min(sa, sb);
          int to = Math.max(ends[oa][i], ends[ob][j]);
          return text.quote(from, to);
        }
      }
    }
    return "";
  }
}
