package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Specificity: numbers, a number with its baseline (before and after), dates and durations, named
 * artefacts and data looked at.
 */
final class SpecificityFeatures {
  private SpecificityFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.NUMBERS.ordinal()] = Saturation.log(f.numbers(), 5);
    x[Feature.METRIC_DELTA.ordinal()] = Saturation.flag(f.baselinePair());
    x[Feature.RELATIVE_CHANGE.ordinal()] = f.metricDelta() && !f.baselinePair() ? support(f) : 0;
    x[Feature.DURATIONS.ordinal()] = Saturation.log(f.durations(), 3);
    x[Feature.ARTEFACTS.ordinal()] = Saturation.log(f.artefacts(), 5);
    x[Feature.DATA_EVIDENCE.ordinal()] =
        f.has(Lexicon.DATA_EVIDENCE) ? f.supportOf(Lexicon.DATA_EVIDENCE) : 0;
  }

  /**
   * How well the rest of the answer backs its claims, 0..1: concrete own actions, numbers,
   * durations and named artefacts.
   */
  static double support(TextFacts f) {
    double points =
        Math.min(f.concreteIActions(), 3)
            + Math.min(f.numbers(), 2)
            + Math.min(f.durations(), 1)
            + Math.min(f.artefacts(), 2)
            + (f.baselinePair() ? 1 : 0);
    return Math.min(1.0, points / 4.0);
  }
}
