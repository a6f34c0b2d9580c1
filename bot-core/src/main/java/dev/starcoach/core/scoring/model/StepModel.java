package dev.starcoach.core.scoring.model;

import dev.starcoach.core.scoring.features.Feature;
import java.util.Arrays;

/**
 * One answer kind's fitted logistic model: {@code score = 100 / (1 + e^-z)}, {@code z = intercept +
 * sum(weight[i] * x[i])}. A score is explained against a reference answer (each feature at its
 * typical value in strong answers, issue features at 0), so every point is owed to a feature.
 *
 * @param intercept the logit with every feature at 0
 * @param weights logit per unit of each feature, by {@link Feature#ordinal()}
 * @param reference each feature's reference value, by {@link Feature#ordinal()}
 */
public record StepModel(double intercept, double[] weights, double[] reference) {
  private static final int N = Feature.values().length;

  public StepModel {
    if (weights.length != N || reference.length != N) {
      throw new IllegalArgumentException("one weight and one reference per feature");
    }
    weights = weights.clone();
    reference = reference.clone();
  }

  /** The logit of an answer with these feature values. */
  public double logit(double[] x) {
    double z = intercept;
    for (int i = 0; i < N; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** The score 0..100 (not rounded). */
  public double probability(double[] x) {
    return sigmoid(logit(x));
  }

  /** The weight of one feature. */
  public double weight(Feature f) {
    return weights[f.ordinal()];
  }

  /** The reference value of one feature. */
  public double reference(Feature f) {
    return reference[f.ordinal()];
  }

  /** The reference answer's logit. */
  double referenceLogit() {
    return logit(reference);
  }

  /**
   * The score of an answer and what each feature contributed to it, in whole points that add up
   * exactly: {@code base + sum(points) == score}.
   */
  public Explanation explain(double[] x) {
    double zRef = referenceLogit();
    double pos = 0;
    double neg = 0;
    double[] term = new double[N];
    for (int i = 0; i < N; i++) {
      term[i] = weights[i] * (x[i] - reference[i]);
      if (term[i] > 0) {
        pos += term[i];
      } else {
        neg += term[i];
      }
    }
    // Two-group Shapley split of the change from the reference score: what the positive terms
    // and what the negative terms bought, each averaged over both orders.
    double s0 = 100 * sigmoid(zRef);
    double sP = 100 * sigmoid(zRef + pos);
    double sN = 100 * sigmoid(zRef + neg);
    double sPN = 100 * sigmoid(zRef + pos + neg);
    double posPoints = ((sP - s0) + (sPN - sN)) / 2;
    double negPoints = ((sN - s0) + (sPN - sP)) / 2;
    double[] raw = new double[N];
    for (int i = 0; i < N; i++) {
      if (term[i] > 0) {
        raw[i] = posPoints * term[i] / pos;
      } else if (term[i] < 0) {
        raw[i] = negPoints * term[i] / neg;
      }
    }
    int score = (int) Math.round(sPN);
    int base = (int) Math.round(s0);
    int[] points = roundToTotal(raw, score - base);
    return new Explanation(score, base, points, raw);
  }

  /**
   * Rounds each value so that the rounded values sum to {@code total}, moving the largest first.
   */
  static int[] roundToTotal(double[] raw, int total) {
    int[] out = new int[raw.length];
    int sum = 0;
    for (int i = 0; i < raw.length; i++) {
      out[i] = (int) Math.round(raw[i]);
      sum += out[i];
    }
    Integer[] order = new Integer[raw.length];
    for (int i = 0; i < raw.length; i++) {
      order[i] = i;
    }
    int diff = total - sum;
    while (diff != 0) {
      int step = diff > 0 ? 1 : -1;
      // the value whose rounding error most favours the move
      Arrays.sort(
          order, (a, b) -> Double.compare(step * (raw[b] - out[b]), step * (raw[a] - out[a])));
      out[order[0]] += step;
      diff -= step;
    }
    return out;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepModel m
        && m.intercept == intercept
        && Arrays.equals(m.weights, weights)
        && Arrays.equals(m.reference, reference);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(intercept) * 31 + Arrays.hashCode(weights) + Arrays.hashCode(reference);
  }

  @Override
  public String toString() {
    return "StepModel[intercept=" + intercept + ", weights=" + Arrays.toString(weights) + "]";
  }
}
