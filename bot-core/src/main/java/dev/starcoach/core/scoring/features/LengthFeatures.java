package dev.starcoach.core.scoring.features;

/**
 * Spoken length against the target: only ever costs points, below about a third of the target or
 * well above it.
 */
final class LengthFeatures {
  private LengthFeatures() {}

  static void compute(double spokenSeconds, int targetSeconds, double[] x) {
    if (targetSeconds <= 0) {
      return;
    }
    double ratio = spokenSeconds / targetSeconds;
    x[Feature.TOO_SHORT.ordinal()] = Saturation.ramp(0.35 - ratio, 0.35);
    x[Feature.TOO_LONG.ordinal()] = Saturation.ramp(ratio - 1.5, 1.0);
  }
}
