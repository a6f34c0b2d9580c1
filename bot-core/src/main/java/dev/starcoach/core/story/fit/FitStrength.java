package dev.starcoach.core.story.fit;

/** How well one story serves one principle, strongest first. */
public enum FitStrength {
  /** Clear evidence of the principle, told well enough to use as it is. */
  STRONG,
  /** Evidence of the principle; usable in a loop, with work. */
  USABLE,
  /** A hint of the principle that would not survive a probe. */
  WEAK,
  /** Nothing in the story speaks to the principle. */
  ABSENT;

  /** True for strong and usable: what counts towards the two stories per principle. */
  public boolean usable() {
    return this == STRONG || this == USABLE;
  }
}
