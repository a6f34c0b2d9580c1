package dev.starcoach.core.scoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.scoring.features.Feature;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The explanation of a score adds up, whatever the weights and feature values. */
class StepModelTest {
  static final int N = Feature.values().length;

  @Property(tries = 300)
  void base_plus_the_points_of_every_feature_is_the_score(@ForAll @IntRange(max = 1000) int seed) {
    // GIVEN a model with random sign-respecting weights and a random answer
    java.util.Random r = new java.util.Random(seed);
    double[] w = new double[N];
    double[] ref = new double[N];
    double[] x = new double[N];
    for (Feature f : Feature.values()) {
      int i = f.ordinal();
      w[i] = f.direction() * r.nextDouble() * 4;
      ref[i] = f.direction() > 0 ? r.nextDouble() : 0;
      x[i] = r.nextDouble() < 0.5 ? 0 : r.nextDouble();
    }
    StepModel m = new StepModel(r.nextGaussian() * 2, w, ref);
    // WHEN it is explained
    Explanation e = m.explain(x);
    // THEN base + points == score, and the score is the model's probability
    assertEquals(e.score() - e.base(), Arrays.stream(e.points()).sum());
    assertEquals(Math.round(100 * m.probability(x)), e.score());
  }

  @Property(tries = 200)
  void rounding_keeps_the_total(@ForAll @IntRange(max = 1000) int seed) {
    // GIVEN contributions that sum to a whole number of points after rounding
    java.util.Random r = new java.util.Random(seed);
    double[] raw = new double[12];
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = r.nextGaussian() * 7;
      sum += raw[i];
    }
    int total = (int) Math.round(sum);
    // WHEN they are rounded to the total THEN the rounded values sum to it
    assertEquals(total, Arrays.stream(StepModel.roundToTotal(raw, total)).sum());
  }
}
