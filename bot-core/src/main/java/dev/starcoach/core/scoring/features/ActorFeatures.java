package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Who acts in each clause: "I", "we", someone else, or nobody (passive). The team may be credited
 * as long as the candidate's own part is clear.
 */
final class ActorFeatures {
  private ActorFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.I_SHARE.ordinal()] = f.iShare();
    int actors = f.iActions() + f.weActions() + f.otherActions() + f.passiveClauses();
    double weShare = actors == 0 ? 0 : (double) f.weActions() / actors;
    double ownPart = Math.min(f.concreteIActions(), 2) / 2.0;
    x[Feature.WE_UNCLEAR.ordinal()] = weShare * (1 - ownPart);
    // others doing the work, most of all when they are the ones who resolve it
    double otherShare = actors == 0 ? 0 : (double) f.otherActions() / actors;
    x[Feature.OTHERS_RESOLVE.ordinal()] =
        Saturation.ramp(otherShare, 0.4) * (f.otherResolved() ? 1 : 0.5);
    int clauses = Math.max(1, actors);
    x[Feature.PASSIVE.ordinal()] =
        f.passiveClauses() < 2 ? 0 : Saturation.ramp((double) f.passiveClauses() / clauses, 0.5);
  }
}
