package dev.starcoach.core.scoring.model.fit;

/**
 * L2-regularised logistic regression with sign constraints, fitted by projected gradient descent
 * with backtracking. Targets may be soft (a mixed answer is 0.5). Each weight keeps the sign its
 * feature's direction allows (or is 0), so a fitted weight never says "more evidence is worse".
 */
public final class LogisticFit {
  private LogisticFit() {}

  /**
   * Fits the weights.
   *
   * @param x rows of feature values
   * @param y targets in 0..1
   * @param sampleWeight weight of each row
   * @param direction per feature: +1 (weight >= 0), -1 (weight <= 0)
   * @param free per feature: whether it is fitted; others keep {@code start}'s weight
   * @param start initial weights, intercept last (length features + 1)
   * @param fitIntercept whether the intercept is fitted
   * @param lambda the L2 penalty on weights (not the intercept), per unit of total row weight
   * @return the weights, intercept last
   */
  public static double[] fit(
      double[][] x,
      double[] y,
      double[] sampleWeight,
      int[] direction,
      boolean[] free,
      double[] start,
      boolean fitIntercept,
      double lambda) {
    int d = direction.length;
    double[] w = start.clone();
    project(w, direction, free, start);
    double total = 0;
    for (double sw : sampleWeight) {
      total += sw;
    }
    double step = 1.0;
    double loss = loss(x, y, sampleWeight, w, lambda, total);
    double[] g = new double[d + 1];
    for (int iter = 0; iter < 3000; iter++) {
      gradient(x, y, sampleWeight, w, lambda, total, g);
      if (!fitIntercept) {
        g[d] = 0;
      }
      double[] next = new double[d + 1];
      double newLoss;
      while (true) {
        for (int i = 0; i <= d; i++) {
          next[i] = w[i] - step * g[i];
        }
        project(next, direction, free, start);
        if (!fitIntercept) {
          next[d] = w[d];
        }
        newLoss = loss(x, y, sampleWeight, next, lambda, total);
        if (newLoss <= loss - 1e-12 || step < 1e-8) {
          break;
        }
        step /= 2;
      }
      double change = loss - newLoss;
      w = next;
      loss = newLoss;
      step = Math.min(step * 1.5, 50);
      if (change >= 0 && change < 1e-10) {
        break;
      }
    }
    return w;
  }

  private static void project(double[] w, int[] direction, boolean[] free, double[] start) {
    for (int i = 0; i < direction.length; i++) {
      if (!free[i]) {
        w[i] = start[i];
      } else if (w[i] * direction[i] < 0) {
        w[i] = 0;
      }
    }
  }

  private static double loss(
      double[][] x, double[] y, double[] sw, double[] w, double lambda, double total) {
    int d = w.length - 1;
    double l = 0;
    for (int r = 0; r < x.length; r++) {
      double z = w[d];
      for (int i = 0; i < d; i++) {
        z += w[i] * x[r][i];
      }
      // log(1 + e^z) - y z, stable
      double lz = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      l += sw[r] * (lz - y[r] * z);
    }
    double reg = 0;
    for (int i = 0; i < d; i++) {
      reg += w[i] * w[i];
    }
    return l / total + lambda * reg / 2;
  }

  private static void gradient(
      double[][] x, double[] y, double[] sw, double[] w, double lambda, double total, double[] g) {
    int d = w.length - 1;
    java.util.Arrays.fill(g, 0);
    for (int r = 0; r < x.length; r++) {
      double z = w[d];
      for (int i = 0; i < d; i++) {
        z += w[i] * x[r][i];
      }
      double err = sw[r] * (1 / (1 + Math.exp(-z)) - y[r]) / total;
      for (int i = 0; i < d; i++) {
        g[i] += err * x[r][i];
      }
      g[d] += err;
    }
    for (int i = 0; i < d; i++) {
      g[i] += lambda * w[i];
    }
  }
}
