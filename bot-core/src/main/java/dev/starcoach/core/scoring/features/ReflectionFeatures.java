package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Reflection specificity: a lesson is specific when it is tied to the story's own facts or names a
 * habit or mechanism that changed, not merely when it avoids platitude words.
 */
final class ReflectionFeatures {
  private ReflectionFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.GENERIC.ordinal()] = Saturation.log(f.genericHits(), 2);
    x[Feature.HABIT_CHANGE.ordinal()] =
        Saturation.log(f.count(Lexicon.HABIT_CHANGE), 2) * f.supportOf(Lexicon.HABIT_CHANGE);
    // tied to the story: its own specifics (actions, numbers, durations, named things); a count of
    // uncommon words would be bought by any filler
    x[Feature.STORY_TIED.ordinal()] = f.support(-1, -1);
    x[Feature.MECHANISM.ordinal()] = f.mechanism() ? f.supportOf(Lexicon.MECHANISM) : 0;
    x[Feature.SYSTEMIC.ordinal()] = Saturation.flag(f.has(Lexicon.SYSTEMIC));
  }
}
