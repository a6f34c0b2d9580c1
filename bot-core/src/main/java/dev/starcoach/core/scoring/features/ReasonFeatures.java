package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/** Reasons and trade-offs: "because", "so that", "instead of", "the risk was". */
final class ReasonFeatures {
  private ReasonFeatures() {}

  static void compute(TextFacts f, double[] x) {
    int reasons = f.count(Lexicon.REASONING);
    x[Feature.REASONS.ordinal()] =
        reasons == 0 ? 0 : Saturation.log(reasons, 3) * f.supportOf(Lexicon.REASONING);
  }
}
