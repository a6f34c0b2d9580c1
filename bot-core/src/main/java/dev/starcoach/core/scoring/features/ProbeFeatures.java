package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Relevance of a probe answer to its question: the words of the question it takes up, a reason for
 * a "why" question, a number for a measurement question. All 0 when there is no question.
 */
final class ProbeFeatures {
  private ProbeFeatures() {}

  static void compute(TextFacts answer, TextFacts question, double[] x) {
    double overlap = answer.overlapWith(question);
    x[Feature.OFF_TOPIC.ordinal()] = Saturation.ramp(0.25 - overlap, 0.25);
    boolean why = question.has(Lexicon.PROBE_MOTIVATION);
    x[Feature.WHY_WITHOUT_REASON.ordinal()] =
        Saturation.flag(why && answer.count(Lexicon.REASONING) == 0);
    boolean measure = question.has(Lexicon.PROBE_MEASUREMENT);
    x[Feature.MEASURE_WITHOUT_NUMBER.ordinal()] =
        Saturation.flag(measure && answer.numbers() == 0 && !answer.metricDelta());
  }
}
