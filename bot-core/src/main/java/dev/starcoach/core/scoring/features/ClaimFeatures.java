package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Claims and their support. A stock claim ("I took ownership", "nobody asked me") counts only as
 * far as the rest of the answer backs it with specifics; an unsupported one is an issue of its own,
 * and saying it twice is worth nothing more.
 */
final class ClaimFeatures {
  private ClaimFeatures() {}

  static void compute(TextFacts f, double[] x) {
    double support = SpecificityFeatures.support(f);
    boolean boundary =
        f.has(Lexicon.SCOPE_BOUNDARY) || f.hasNegated(Lexicon.ASSIGNED) || f.scopeExpansion();
    boolean initiative = f.has(Lexicon.SELF_INITIATED) || f.scopeExpansion();
    boolean stock = f.stockWords() > 0;
    x[Feature.SCOPE_BOUNDARY.ordinal()] = boundary ? support : 0;
    x[Feature.SELF_INITIATED.ordinal()] = initiative ? support : 0;
    x[Feature.UNSUPPORTED_CLAIM.ordinal()] = (boundary || initiative || stock) ? 1 - support : 0;
    int words = Math.max(1, f.words());
    x[Feature.STOCK_SHARE.ordinal()] = Saturation.ramp((double) f.stockWords() / words, 0.2);
    boolean goal = f.has(Lexicon.GOAL);
    x[Feature.GOAL.ordinal()] = goal ? (f.numbers() + f.durations() > 0 ? 1 : 0.5) : 0;
  }

  /** True when the answer claims initiative or a scope boundary in any form. */
  static boolean initiativeClaimed(TextFacts f) {
    return f.has(Lexicon.SCOPE_BOUNDARY)
        || f.hasNegated(Lexicon.ASSIGNED)
        || f.scopeExpansion()
        || f.has(Lexicon.SELF_INITIATED);
  }
}
