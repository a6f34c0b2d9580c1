package dev.starcoach.core.scoring.features;

/** Saturating maps from counts to 0..1, so that repetition and stuffing buy nothing. */
final class Saturation {
  private Saturation() {}

  /** log(1 + min(n, cap)) / log(1 + cap): the first few count most, past the cap nothing. */
  static double log(int n, int cap) {
    if (n <= 0) {
      return 0;
    }
    return Math.log1p(Math.min(n, cap)) / Math.log1p(cap);
  }

  /** min(1, x / full), 0 below 0. */
  static double ramp(double x, double full) {
    if (x <= 0) {
      return 0;
    }
    return Math.min(1.0, x / full);
  }

  /** 1 for true, 0 for false. */
  static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
