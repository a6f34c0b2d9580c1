package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.AnswerKind;

/**
 * Computes every {@link Feature} of an answer, family by family. Features a step does not use are
 * computed anyway and weighed 0 by its model. Stateless and thread-safe.
 */
public final class FeatureExtractor {
  private FeatureExtractor() {}

  /** The feature values of an answer, indexed by {@link Feature#ordinal()}, each in 0..1. */
  public static double[] extract(AnswerContext in) {
    double[] x = new double[Feature.values().length];
    ActorFeatures.compute(in.facts(), x);
    VerbFeatures.compute(in.facts(), x);
    SpecificityFeatures.compute(in.facts(), x);
    ReasonFeatures.compute(in.facts(), x);
    ClaimFeatures.compute(in.facts(), x);
    OutcomeFeatures.compute(in.facts(), x);
    OwnershipFeatures.compute(in.facts(), x);
    ReflectionFeatures.compute(in.facts(), x);
    if (in.kind() == AnswerKind.PROBE && in.question().isPresent()) {
      ProbeFeatures.compute(in.facts(), in.question().get(), x);
    }
    LengthFeatures.compute(in.spokenSeconds(), in.targetSeconds(), x);
    PrincipleFeatures.compute(in.facts(), in.principle(), x);
    return x;
  }
}
