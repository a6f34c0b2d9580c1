package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Ownership: hand-offs and routing, follow-through, bringing a solution, assigned work, hedging,
 * and blame or deflection.
 */
final class OwnershipFeatures {
  private OwnershipFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.HANDOFF.ordinal()] = Saturation.flag(f.handoff());
    x[Feature.ROUTING.ordinal()] = Saturation.flag(f.routing() && f.concreteIActions() == 0);
    x[Feature.NO_FOLLOW_THROUGH.ordinal()] = Saturation.flag(f.noFollowThrough());
    x[Feature.FOLLOW_THROUGH.ordinal()] = Saturation.flag(f.has(Lexicon.FOLLOW_THROUGH));
    x[Feature.BROUGHT_SOLUTION.ordinal()] = Saturation.flag(f.has(Lexicon.BROUGHT_SOLUTION));
    x[Feature.ASSIGNED.ordinal()] = Saturation.flag(f.assigned());
    x[Feature.HEDGING.ordinal()] = Saturation.log(f.count(Lexicon.HEDGES), 3);
    x[Feature.BLAME.ordinal()] = Saturation.log(f.count(Lexicon.BLAME), 2);
  }
}
