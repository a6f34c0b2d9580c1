package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.ANY_NUMBER;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NEG;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SYNTH;

import java.util.Arrays;

/**
 * The reflection measures of a stretch: words of its own versus generic vocabulary, generic
 * statements (a topic and a value word near each other, or a platitude) and a how/because
 * mechanism. Writes its findings into the {@link Signals}.
 */
final class ReflectionScan {
  private final Signals s;
  private final AnalyzedText t;
  private final int from;
  private final int to;

  ReflectionScan(Signals s) {
    this.s = s;
    this.t = s.t;
    this.from = s.from;
    this.to = s.to;
  }

  void scan() {
    CompiledRules r = t.rules;
    int story = 0;
    int content = 0;
    int minStory = (int) r.w(Weight.REFLECTION_MIN_STORY_WORDS);
    boolean anyGeneric = false;
    int[] topicIds = new int[4];
    int topics = 0;
    for (int sen = from < to ? t.sentence[from] : 0;
        from < to && sen <= t.sentence[to - 1];
        sen++) {
      int a = Math.max(from, t.sentenceFirst[sen]);
      int b = Math.min(to, t.sentenceEnd(sen));
      int sStory = 0;
      boolean topic = false;
      boolean value = false;
      // a topic and a value word make a generic statement only near each other (within 8 words),
      // so a long unpunctuated sentence does not pair words from different thoughts
      int lastTopic = -100;
      int lastValue = -100;
      boolean pair = false;
      int topicTok = -1;
      for (int k = a; k < b; k++) {
        int id = t.id[k];
        if (t.is(k, ANY_NUMBER)) {
          sStory++;
          content++;
          continue;
        }
        int len = t.end[k] - t.start[k];
        if (t.is(k, F_SYNTH) || len < 3) {
          continue;
        }
        if (r.inList(id, Lexicon.FUNCTION_WORDS)) {
          continue;
        }
        boolean neg = t.is(k, F_NEG);
        if (r.inList(id, Lexicon.GENERIC_TOPICS) && !neg) {
          topic = true;
          pair |= k - lastValue <= 8;
          lastTopic = k;
          boolean seen = false;
          for (int i = 0; i < topics; i++) {
            seen |= topicIds[i] == id;
          }
          if (!seen) {
            if (topics == topicIds.length) {
              topicIds = Arrays.copyOf(topicIds, topics * 2);
            }
            topicIds[topics++] = id;
          }
          topicTok = topicTok < 0 ? k : topicTok;
        }
        if (r.inList(id, Lexicon.GENERIC_VALUES)) {
          value = true;
          pair |= k - lastTopic <= 8;
          lastValue = k;
        }
        content++;
        if (r.inList(id, Lexicon.GENERIC_VOCAB)
            || r.inList(id, Lexicon.GENERIC_TOPICS)
            || r.inList(id, Lexicon.GENERIC_VALUES)
            || r.inList(id, Lexicon.NEGATORS)
            || (t.startMask[k] & (1L << Lexicon.HEDGES.ordinal())) != 0
            || (t.startMask[k] & (1L << Lexicon.REFLECTION_CUES.ordinal())) != 0) {
          continue;
        }
        sStory++;
      }
      story += sStory;
      if (topic && value && pair) {
        s.genericHits++;
        if (!anyGeneric) {
          anyGeneric = true;
          s.genericEvidence = t.words(a, Math.min(b, a + 16));
        }
      }
    }
    s.storyWords = story;
    s.contentWords = content;
    int g = s.first(Lexicon.GENERIC_REFLECTION);
    if (g >= 0) {
      anyGeneric = true;
      s.genericEvidence = t.evidence(g);
    }
    s.genericHits += s.count(Lexicon.GENERIC_REFLECTION);
    s.genericTopics = topics;
    s.genericStatement = anyGeneric;
    s.mechanism = s.has(Lexicon.MECHANISM) && s.storyWords >= minStory;
  }
}
