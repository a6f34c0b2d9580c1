package dev.starcoach.core.scoring.model;

import dev.starcoach.core.scoring.features.Feature;

/**
 * A score and how it adds up: the reference answer's score ({@code base}) plus each feature's
 * points.
 *
 * @param score the score 0..100
 * @param base the score of the reference answer
 * @param points whole points per feature, by {@link Feature#ordinal()}; they sum to score - base
 * @param exact the unrounded contributions, by {@link Feature#ordinal()}
 */
public record Explanation(int score, int base, int[] points, double[] exact) {
  public Explanation {
    points = points.clone();
    exact = exact.clone();
  }

  /** The whole points one feature contributed. */
  public int points(Feature f) {
    return points[f.ordinal()];
  }

  /** The unrounded contribution of one feature. */
  public double exact(Feature f) {
    return exact[f.ordinal()];
  }
}
