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
    double boundary = 0;
    if (f.has(Lexicon.SCOPE_BOUNDARY)) {
      boundary = backed(f, Lexicon.SCOPE_BOUNDARY);
    } else if (f.hasNegated(Lexicon.ASSIGNED)) {
      boundary = backed(f, Lexicon.ASSIGNED);
    } else if (f.scopeExpansion()) {
      boundary = f.supportOf(Lexicon.SCOPE_EXPANSION);
    }
    boolean claimedBoundary =
        f.has(Lexicon.SCOPE_BOUNDARY) || f.hasNegated(Lexicon.ASSIGNED) || f.scopeExpansion();
    boolean claimedInitiative = f.has(Lexicon.SELF_INITIATED) || f.scopeExpansion();
    double initiative =
        f.has(Lexicon.SELF_INITIATED)
            ? f.supportOf(Lexicon.SELF_INITIATED)
            : f.scopeExpansion() ? boundary : 0;
    boolean stock = f.stockWords() > 0;
    double stockSupport = stock ? f.supportOf(Lexicon.STOCK_PHRASES) : 1;
    x[Feature.SCOPE_BOUNDARY.ordinal()] = boundary;
    x[Feature.SELF_INITIATED.ordinal()] = initiative;
    double unsupported = 0;
    if (claimedBoundary) {
      unsupported = Math.max(unsupported, 1 - boundary);
    }
    if (claimedInitiative) {
      unsupported = Math.max(unsupported, 1 - initiative);
    }
    if (stock) {
      unsupported = Math.max(unsupported, 1 - stockSupport);
    }
    x[Feature.UNSUPPORTED_CLAIM.ordinal()] = unsupported;
    int words = Math.max(1, f.words());
    x[Feature.STOCK_SHARE.ordinal()] = Saturation.ramp((double) f.stockWords() / words, 0.2);
    boolean goal = f.has(Lexicon.GOAL);
    x[Feature.GOAL.ordinal()] = goal ? (f.numbers() + f.durations() > 0 ? 1 : 0.5) : 0;
  }

  /** A boundary is backed by specifics elsewhere, or by naming whose it was (a named owner). */
  private static double backed(TextFacts f, Lexicon list) {
    double support = f.supportOf(list);
    return f.namesOtherNear(list) ? Math.min(1.0, support + 0.5) : support;
  }

  /** True when the answer claims initiative or a scope boundary in any form. */
  static boolean initiativeClaimed(TextFacts f) {
    return f.has(Lexicon.SCOPE_BOUNDARY)
        || f.hasNegated(Lexicon.ASSIGNED)
        || f.scopeExpansion()
        || f.has(Lexicon.SELF_INITIATED);
  }
}
