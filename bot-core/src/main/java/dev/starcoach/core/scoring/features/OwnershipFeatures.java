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
    // routing with nothing of one's own; a reason that mentions telling someone is not routing
    x[Feature.ROUTING.ordinal()] =
        Saturation.flag(
            f.routing() && f.concreteIActions() == 0 && f.count(Lexicon.REASONING) == 0);
    x[Feature.NO_FOLLOW_THROUGH.ordinal()] = Saturation.flag(f.noFollowThrough());
    x[Feature.FOLLOW_THROUGH.ordinal()] =
        f.has(Lexicon.FOLLOW_THROUGH) ? f.supportOf(Lexicon.FOLLOW_THROUGH) : 0;
    x[Feature.BROUGHT_SOLUTION.ordinal()] =
        f.has(Lexicon.BROUGHT_SOLUTION) ? f.supportOf(Lexicon.BROUGHT_SOLUTION) : 0;
    // A stated assignment stops counting only as far as the bigger scope that follows is backed.
    double assigned = 0;
    if (f.assigned()) {
      assigned = 1;
    } else if (f.assignmentStated() && f.scopeExpansion()) {
      assigned = 1 - f.supportOf(Lexicon.ASSIGNED);
    }
    x[Feature.ASSIGNED.ordinal()] = assigned;
    x[Feature.HEDGING.ordinal()] = Saturation.log(f.hedges(), 3);
    x[Feature.BLAME.ordinal()] = Saturation.log(f.count(Lexicon.BLAME), 2);
  }
}
