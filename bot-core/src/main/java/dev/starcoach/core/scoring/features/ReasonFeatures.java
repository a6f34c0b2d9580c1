package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/** Reasons and trade-offs: "because", "so that", "instead of", "the risk was". */
final class ReasonFeatures {
  private ReasonFeatures() {}

  static void compute(TextFacts f, double[] x) {
    x[Feature.REASONS.ordinal()] = Saturation.log(f.count(Lexicon.REASONING), 3);
  }
}
