package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.TextFacts;

/** Concrete versus vague verbs: "pulled the logs" against "worked on", "made sure". */
final class VerbFeatures {
  private VerbFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.CONCRETE_ACTIONS.ordinal()] = Saturation.log(f.concreteIActions(), 6);
    double vagueShare =
        f.actionClauses() == 0 ? 0 : (double) f.vagueActionClauses() / f.actionClauses();
    x[Feature.VAGUE_ACTIONS.ordinal()] = f.vagueActionClauses() == 0 ? 0 : vagueShare;
  }
}
