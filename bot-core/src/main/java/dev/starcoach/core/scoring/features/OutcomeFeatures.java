package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Outcome and stakes: why it mattered (harm, risk, money, a shortfall), what followed beyond the
 * fix, vague outcome phrases, and a tour of the architecture instead of the problem.
 */
final class OutcomeFeatures {
  private OutcomeFeatures() {}

  static void compute(TextFacts f, double[] x) {
    int impact =
        f.distinctImpact()
            + (f.has(Lexicon.BUSINESS) ? 1 : 0)
            + (f.shortfall() ? 1 : 0)
            + (f.money() ? 1 : 0);
    double impactSupport =
        f.shortfall() || f.money()
            ? 1
            : f.supportOf(f.has(Lexicon.IMPACT) ? Lexicon.IMPACT : Lexicon.BUSINESS);
    x[Feature.IMPACT.ordinal()] = Saturation.log(impact, 3) * impactSupport;
    x[Feature.SECOND_ORDER.ordinal()] =
        f.has(Lexicon.SECOND_ORDER) ? f.supportOf(Lexicon.SECOND_ORDER) : 0;
    x[Feature.VAGUE_OUTCOME.ordinal()] = Saturation.log(f.count(Lexicon.VAGUE_OUTCOME), 2);
    // a count, not a density: padding an architecture tour with other words must not hide it
    x[Feature.ARCHITECTURE.ordinal()] = Saturation.ramp(f.count(Lexicon.ARCHITECTURE) - 2, 5);
  }
}
